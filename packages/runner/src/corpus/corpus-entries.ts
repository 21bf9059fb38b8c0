import type { Article } from '../pipeline/articles.js';
import { EXIT, RunError } from '../run-error.js';
import { articleCacheKey } from './article-cache.js';
import type { ArticleOutcome, ArticleTask } from './article-task.js';
import type { CorpusEntry } from './corpus-entry.js';
import type { CorpusStats } from './corpus-stats.js';
import { orderedWindow } from './ordered-window.js';
import { type Admitted, CorpusPlanner } from './plan-articles.js';
import type { Shard } from './shard.js';
import { articleWorkerUrl } from './worker-entry.js';
import { WorkerPool, WorkerTaskError } from './worker-pool.js';

export interface EntryOptions {
  /** Worker threads; 1 runs every article in this thread. */
  workers: number;
  /** Per-article cache folder, or null for none. */
  cacheDir: string | null;
  /** Code/config version that keys the cache (codeFingerprint()). */
  code: string;
  /** Workers also validate each document and encode its release rows (a streamed release). */
  encode?: boolean;
  shard?: Shard;
}

/** How many articles may be in flight per worker: enough to keep workers busy, few enough to bound memory. */
const PER_WORKER = 8;

/** An admitted article and what its task gave (nothing for a copy of a text read before). */
interface Done {
  admitted: Admitted;
  outcome: ArticleOutcome | null;
  /** The task failed outside the run's own errors (a worker's message, or a bug in this thread). */
  error?: unknown;
}

function taskFor(a: Admitted, o: EntryOptions): ArticleTask {
  const { text, meta } = a.article;
  return {
    text,
    meta,
    cacheDir: o.cacheDir,
    cacheKey: o.cacheDir ? articleCacheKey(a.textSha256, meta, o.code) : '', // no cache: no key needed
    encode: o.encode ?? false,
    facts: true,
    process: a.mine,
  };
}

/** Runs one article's task: in a worker (a promise) or in this thread. */
type RunTask = (task: ArticleTask) => ArticleOutcome | Promise<ArticleOutcome>;

/**
 * Each article admitted as it is read and, unless its text was read before, its task run (in the pool
 * or right here). The task works out the facts planning needs and processes the article ahead of its
 * plan, so this thread only hashes each text.
 */
function* runTasks(
  articles: Iterable<Article>,
  planner: CorpusPlanner,
  o: EntryOptions,
  run: RunTask,
): Generator<Done | Promise<Done>> {
  for (const article of articles) {
    const admitted = planner.admit(article);
    if (admitted.copy) yield { admitted, outcome: null };
    else yield settle(admitted, () => run(taskFor(admitted, o)));
  }
}

/** The task's outcome, or what it failed with (thrown here, or a worker's message). */
function settle(admitted: Admitted, run: () => ReturnType<RunTask>): Done | Promise<Done> {
  try {
    const outcome = run();
    if (!(outcome instanceof Promise)) return { admitted, outcome };
    return outcome.then(
      (value) => ({ admitted, outcome: value }),
      (error: unknown) => ({ admitted, outcome: null, error }),
    );
  } catch (error) {
    return { admitted, outcome: null, error };
  }
}

function failed(label: string, e: unknown): Error {
  if (e instanceof WorkerTaskError)
    return new RunError(`${label}: ${e.message}`, e.exitCode ?? EXIT.usage, e.code ?? 'cli/error');
  return e as Error;
}

/** The entry of a done task, in input order: planned, then its result taken (or dropped with the plan). */
function entryOf(d: Done, planner: CorpusPlanner, stats: CorpusStats): CorpusEntry | null {
  const { admitted, outcome } = d;
  const { label, text } = admitted.article;
  if (d.error !== undefined && !outcome) throw failed(label, d.error);
  const plan = planner.decide(admitted, outcome?.facts ?? null);
  if (!plan) return null;
  const seq = plan.seq;
  if (plan.kind === 'skipped') return { seq, kind: 'skipped', label, reason: plan.reason };
  if (plan.kind === 'duplicate') return { seq, kind: 'duplicate', label, text, source: plan.source };
  if (outcome?.failure) {
    const f = outcome.failure;
    throw new RunError(`${label}: ${f.message}`, f.exitCode ?? EXIT.usage, f.code ?? 'cli/error');
  }
  if (!outcome?.result) throw new Error(`bug: ${label} was planned for processing but not processed`);
  if (outcome.cached) stats.cacheHits++;
  else stats.processed++;
  return { seq, kind: 'document', label, text, ...outcome.result };
}

/** Every article of the stream as an entry, in input order whatever the worker count or completion order. */
export async function* corpusEntries(
  articles: Iterable<Article>,
  stats: CorpusStats,
  o: EntryOptions,
): AsyncGenerator<CorpusEntry> {
  const pool =
    o.workers > 1 ? new WorkerPool<ArticleTask, ArticleOutcome>(articleWorkerUrl(), o.workers) : null;
  // extraction is loaded here only when this thread runs the articles: with workers, only they load it
  const run: RunTask = pool ? (task) => pool.run(task) : (await import('./article-task.js')).runArticleTask;
  const planner = new CorpusPlanner(stats, o.shard);
  try {
    const window = Math.max(1, o.workers) * PER_WORKER;
    for await (const d of orderedWindow(runTasks(articles, planner, o, run), window)) {
      const e = entryOf(d, planner, stats);
      if (e) yield e;
    }
  } finally {
    await pool?.close();
  }
}
