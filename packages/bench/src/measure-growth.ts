/** CPU time (ms) on an input and on one twice its size, and their ratio (linear work: about 2). */
export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/**
 * How the time of `run` grows when its input doubles, robust to a loaded machine: CPU time (time slices
 * given to other processes do not count), a warm-up run, small and large runs interleaved, and the best of
 * `reps` runs of each — noise only ever adds time, so the minimum is the closest to the work itself.
 */
export function measureGrowth<T>(run: (input: T) => void, small: T, large: T, reps = 3): Growth {
  run(small);
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
  return { small: a, large: b, ratio: b / a };
}

/**
 * The lowest ratio of up to `attempts` measurements, stopping at the first at or under `limit`: a linear
 * path measured once under a burst of load passes on a retry, a quadratic one (ratio about 4) never does.
 */
export function lowestGrowth<T>(
  run: (input: T) => void,
  small: T,
  large: T,
  limit: number,
  attempts = 3,
): Growth {
  let best = measureGrowth(run, small, large);
  for (let i = 1; i < attempts && best.ratio > limit; i++) {
    const again = measureGrowth(run, small, large);
    if (again.ratio < best.ratio) best = again;
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
