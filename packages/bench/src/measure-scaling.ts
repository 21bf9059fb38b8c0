import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What one thread or process of the scaling measurement works on (articles [from, to) of the corpus). */
export interface ScalingShare {
  seed: number;
  warm: number;
  from: number;
  to: number;
}

/** How the parallel work is run: worker threads (as `newsfacts run`) or child processes, and V8 settings. */
export interface ScalingSetup {
  label: string;
  kind: 'threads' | 'processes';
  /** V8 flags: of the process that starts the threads (process-wide), or of each child process. */
  flags: string[];
  /** Young generation of each worker thread (`resourceLimits.maxYoungGenerationSizeMb`). */
  youngMb?: number;
}

/**
 * The setups compared (issue 17): threads as the worker pool starts them (64 MB young generation),
 * with V8's default and a 16 MB one, with the collector's helper threads off; processes with V8's
 * default young generation, a 32 MB semi-space (about the threads' 64 MB young generation) and without
 * the helper threads.
 */
export const SCALING_SETUPS: ScalingSetup[] = [
  { label: 'threads, young generation 64 MB (the worker pool)', kind: 'threads', flags: [], youngMb: 64 },
  { label: 'threads, young generation 16 MB', kind: 'threads', flags: [], youngMb: 16 },
  {
    label: 'threads, 64 MB, --single-threaded-gc',
    kind: 'threads',
    flags: ['--single-threaded-gc'],
    youngMb: 64,
  },
  { label: 'processes, V8 default heap', kind: 'processes', flags: [] },
  { label: 'processes, --max-semi-space-size=32', kind: 'processes', flags: ['--max-semi-space-size=32'] },
  { label: 'processes, --single-threaded-gc', kind: 'processes', flags: ['--single-threaded-gc'] },
];

interface Child {
  on(f: (m: unknown) => void): void;
  send(m: unknown): void;
  end(): void;
}

// the built child, also from the sources (tests): threads and processes run JavaScript
const CHILD = fileURLToPath(new URL('../dist/scaling-child.js', import.meta.url));

function start(setup: ScalingSetup, share: ScalingShare): Child {
  if (setup.kind === 'threads') {
    const w = new Worker(CHILD, {
      workerData: share,
      resourceLimits: { maxYoungGenerationSizeMb: setup.youngMb },
    });
    return { on: (f) => w.on('message', f), send: (m) => w.postMessage(m), end: () => void w.terminate() };
  }
  const c = fork(CHILD, [JSON.stringify(share)], { execArgv: setup.flags });
  return { on: (f) => c.on('message', f), send: (m) => c.send(m as string), end: () => c.kill() };
}

/**
 * Wall time (ms) of `articles` articles split evenly over `n` threads or processes, each warmed up
 * first on `warm` articles (not timed): the same per-article work whatever the setup. Throws unless
 * every article of every share was processed. Runs in the
 * process that measures (threads share its V8 flags: start it with `setup.flags`).
 */
export async function timeParallel(
  setup: ScalingSetup,
  n: number,
  articles: number,
  warm: number,
  seed: number,
): Promise<number> {
  const per = Math.floor(articles / n);
  const kids = Array.from({ length: n }, (_, k) =>
    start(setup, { seed, warm, from: warm + k * per, to: warm + (k + 1) * per }),
  );
  try {
    await Promise.all(kids.map((k) => new Promise<void>((ok) => k.on((m) => m === 'ready' && ok()))));
    const done = kids.map(
      (k) =>
        new Promise<number>((ok) => k.on((m) => m !== 'ready' && ok((m as { processed: number }).processed))),
    );
    const t = performance.now();
    for (const k of kids) k.send('go');
    const processed = (await Promise.all(done)).reduce((a, b) => a + b, 0);
    const ms = performance.now() - t;
    if (processed !== per * n) throw new Error(`scaling: ${processed} of ${per * n} articles processed`);
    return ms;
  } finally {
    for (const k of kids) k.end();
  }
}
