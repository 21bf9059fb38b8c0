/** CPU time (ms) on an input and on a larger one, their ratio, and that ratio per doubling of the input (linear work: 2). */
export interface Growth {
  small: number;
  large: number;
  ratio: number;
  perDoubling: number;
}

/**
 * How the time of `run` grows when its input doubles, robust to a loaded machine: CPU time (time slices
 * given to other processes do not count), a warm-up run, small and large runs interleaved, and the best of
 * `reps` runs of each — noise only ever adds time, so the minimum is the closest to the work itself.
 */
export function measureGrowth<T>(run: (input: T) => void, small: T, large: T, factor = 2, reps = 3): Growth {
  run(small);
  run(large);
  let a = Number.POSITIVE_INFINITY;
  let b = Number.POSITIVE_INFINITY;
  for (let i = 0; i < reps; i++) {
    a = Math.min(
      a,
      cpuTime(() => run(small)),
    );
    b = Math.min(
      b,
      cpuTime(() => run(large)),
    );
  }
  return { small: a, large: b, ratio: b / a, perDoubling: (b / a) ** (1 / Math.log2(factor)) };
}

/**
 * The lowest growth per doubling of up to `attempts` measurements, stopping at the first at or under
 * `limit`: a linear path measured under a burst of load passes on a retry, a quadratic one (4 per
 * doubling) never does.
 */
export function lowestGrowth<T>(
  run: (input: T) => void,
  small: T,
  large: T,
  factor: number,
  limit: number,
  attempts = 3,
): Growth {
  let best = measureGrowth(run, small, large, factor);
  for (let i = 1; i < attempts && best.perDoubling > limit; i++) {
    const again = measureGrowth(run, small, large, factor);
    if (again.perDoubling < best.perDoubling) best = again;
  }
  return best;
}

/** CPU time (ms) of this process while `f` runs. */
export function cpuTime(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}
