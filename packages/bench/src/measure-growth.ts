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

/** The growth per doubling of a least-squares fit of log time on log size (linear work: 2). */
export interface Slope {
  /** Sizes measured and the best CPU time (ms) of each. */
  sizes: number[];
  times: number[];
  perDoubling: number;
}

/** How `growthSlope` measures. */
export interface SlopeOptions {
  doublings?: number;
  /** Timed runs per size, the best kept. */
  reps?: number;
  /** Run once on every size before timing (JIT and heap warm-up); off when the caller warmed up already. */
  warmUp?: boolean;
  /** Called before every timed run, outside the time (e.g. `gc()`). */
  before?: () => void;
}

/**
 * How `run(make(n))` grows with n over `doublings` doublings from `start`: each size timed `reps` times
 * (interleaved), the best kept, and a line fitted through log time against log size. A fit over several
 * doublings is steadier than one ratio: a size whose run met a burst of load, or the step where the
 * working set outgrows the processor's cache, moves it less.
 */
export function growthSlope(
  run: (input: string) => void,
  make: (n: number) => string,
  start: number,
  { doublings = 3, reps = 3, warmUp = true, before = () => {} }: SlopeOptions = {},
): Slope {
  const sizes = Array.from({ length: doublings + 1 }, (_, i) => start * 2 ** i);
  const inputs = sizes.map(make);
  if (warmUp) for (const x of inputs) run(x);
  const times = sizes.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < reps; r++) {
    inputs.forEach((x, i) => {
      before();
      times[i] = Math.min(
        times[i]!,
        cpuTime(() => run(x)),
      );
    });
  }
  return { sizes, times, perDoubling: 2 ** fitSlope(sizes.map(Math.log2), times.map(Math.log2)) };
}

function fitSlope(xs: readonly number[], ys: readonly number[]): number {
  const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

/** The smallest size, doubling from `start`, whose warm runs (best of 2) take `minMs` of CPU, so noise is small beside it. */
export function calibrateSize(
  run: (input: string) => void,
  make: (n: number) => string,
  start: number,
  minMs: number,
  maxSize: number,
  before: () => void = () => {},
): number {
  let size = start;
  for (;;) {
    const x = make(size);
    run(x);
    before();
    const first = cpuTime(() => run(x));
    before();
    const warm = Math.min(
      first,
      cpuTime(() => run(x)),
    );
    if (size >= maxSize || warm >= minMs) return size;
    size *= 2;
  }
}
