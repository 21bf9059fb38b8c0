import { adversarialText, HOSTILE_PATTERNS } from './adversarial.js';
import { benchChild } from './bench-child.js';
import { calibrateSize, growthSlope, type Slope } from './measure-growth.js';

/**
 * What a child process runs on the hostile text: the extractor (loaded when asked for: `bench.js` starts
 * without it), or a deliberately super-linear function that shows the check fails such a path (quadratic:
 * 4× per doubling; n^1.5: 2.83×).
 */
const WORKS = {
  extract: async () => {
    const { processArticle } = await import('@newsfacts/runner/process-article');
    return (text: string) => {
      processArticle({ text, meta: { id: 'adversarial' } });
    };
  },
  quadratic: async () => (text: string) => rescan(text, 64),
  'n^1.5': async () => (text: string) => window(text, Math.ceil(Math.sqrt(text.length))),
};
export type Work = keyof typeof WORKS;

/** How one pattern is measured (the same in the test and in `npm run bench`). */
export interface GrowthOptions {
  /** The first size is the smallest, doubling from 25 kB, whose warm run takes this much CPU (ms). */
  minMs: number;
  doublings: number;
  /** Timed runs per size, the best kept. */
  reps: number;
  /** A figure above it is measured again, in a new process, up to `attempts` times in all; the lowest is kept. */
  limit: number;
  attempts: number;
  /** Node options of the child process. */
  flags: readonly string[];
}

/**
 * The child's Node options: one thread for the collector, so the process's CPU time does not bill the
 * work of GC helper threads; `gc()` exposed, so every timed run starts on a collected heap and does not
 * pay for the garbage of the runs before it; a 1 MB young generation, so every size pays the collector in
 * proportion to what it allocates (with the default one, which grows up to 16 MB, a 1.6 MB text of
 * "no sentence ends" ran in no scavenge and a 3.2 MB one in two costly ones: 2.5–3.7× for that doubling);
 * a 1 GB initial heap, so no run needs a full collection of the ~45 MB the extractor loads (gazetteer,
 * lexicons), which billed 50–150 ms to whichever run met it: "unbalanced straight quote marks" measured
 * 200 kB in 128 ms and 250 kB in 87 ms, 2.24× per doubling; with it, 60 → 123 → 253 ms for 200 → 800 kB.
 */
const GROWTH_FLAGS: readonly string[] = [
  '--single-threaded-gc',
  '--expose-gc',
  '--max-semi-space-size=1',
  '--initial-heap-size=1024',
];

export const GROWTH_DEFAULTS: GrowthOptions = {
  minMs: 40,
  doublings: 3,
  reps: 2,
  limit: 2.3,
  attempts: 3,
  flags: GROWTH_FLAGS,
};

export interface HostileGrowth extends Slope {
  pattern: string;
  work: Work;
  /** Child processes run (1 when the first figure was at or under the limit). */
  tries: number;
  /** The figure of every process, in order (`perDoubling` is the lowest). */
  figures: number[];
}

const START = 25_000;
const MAX_SIZE = 25_600_000;

/**
 * The growth per doubling of the text of one hostile pattern (`'all'`: every pattern together), each
 * measurement in a fresh child process (`GROWTH_FLAGS`): a figure above the limit is measured again, the
 * lowest kept — a linear path measured under a burst of load passes on a retry, a quadratic one never does.
 */
export function hostileGrowth(
  pattern: string,
  work: Work = 'extract',
  options: Partial<GrowthOptions> = {},
): HostileGrowth {
  const o = { ...GROWTH_DEFAULTS, ...options };
  let best: Slope | undefined;
  const figures: number[] = [];
  while (figures.length < o.attempts && (best === undefined || best.perDoubling > o.limit)) {
    const g = measureInChild(pattern, work, o);
    figures.push(g.perDoubling);
    if (best === undefined || g.perDoubling < best.perDoubling) best = g;
  }
  return { ...best!, pattern, work, tries: figures.length, figures };
}

function measureInChild(pattern: string, work: Work, o: GrowthOptions): Slope {
  const spec = JSON.stringify({ pattern, work, minMs: o.minMs, doublings: o.doublings, reps: o.reps });
  return benchChild<Slope>(o.flags, '--hostile-growth', [spec], `hostile growth of ${pattern}`);
}

/** In the child: measure as `spec` says and print the slope as JSON. */
export async function printHostileGrowth(spec: string): Promise<void> {
  const s = JSON.parse(spec) as {
    pattern: string;
    work: Work;
    minMs: number;
    doublings: number;
    reps: number;
  };
  const make = s.pattern === 'all' ? adversarialText : HOSTILE_PATTERNS[s.pattern];
  const run = await WORKS[s.work]?.();
  if (make === undefined || run === undefined) throw new Error(`unknown pattern or work: ${spec}`);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const warm = make(START);
  for (let i = 0; i < 3; i++) run(warm);
  // a full collection deoptimizes some of the extractor's code: a small run after it compiles it again,
  // or the next timed run would pay ~25 ms for it (more than a 50 kB text's work), whatever its size
  const before = () => {
    gc();
    run(warm);
  };
  const size = calibrateSize(run, make, START, s.minMs, MAX_SIZE, before);
  console.log(
    JSON.stringify(
      growthSlope(run, make, size, { doublings: s.doublings, reps: s.reps, warmUp: false, before }),
    ),
  );
}

/** Reads every character before every 64th one: n²/128 steps. */
function rescan(text: string, every: number): number {
  let h = 0;
  for (let i = 0; i < text.length; i += every) for (let j = 0; j < i; j++) h = (h + text.charCodeAt(j)) | 0;
  return h;
}

/** Reads `width` characters from every position: n·width steps. */
function window(text: string, width: number): number {
  let h = 0;
  for (let i = 0; i < text.length; i++)
    for (let j = i; j < i + width && j < text.length; j++) h = (h + text.charCodeAt(j)) | 0;
  return h;
}
