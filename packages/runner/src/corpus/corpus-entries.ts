import type { Article } from '../pipeline/articles.js';
import { EXIT, RunError } from '../run-error.js';
import { articleCacheKey, readCached } from './article-cache.js';
import { type ArticleResult, type ArticleTask, runArticleTask } from './article-task.js';
import type { CorpusEntry } from './corpus-entry.js';
import type { CorpusStats } from './corpus-stats.js';
import { orderedWindow } from './ordered-window.js';
import { type Plan, planArticles } from './plan-articles.js';
import type { Shard } from './shard.js';
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

function taskFor(plan: Plan & { kind: 'process' }, o: EntryOptions): ArticleTask {
  const { text, meta } = plan.article;
  return {
    text,
    meta,
    cacheDir: o.cacheDir,
    cacheKey: articleCacheKey(plan.textSha256, meta, o.code),
    encode: o.encode ?? false,
  };
}

const asRunError = (label: string) => (e: unknown) => {
  if (e instanceof WorkerTaskError)
    throw new RunError(`${label}: ${e.message}`, e.exitCode ?? EXIT.usage, e.code ?? 'cli/error');
  throw e;
};

/**
 * Every planned article as an entry or, with a pool, a promise of one: cache hits are read here, misses
 * are extracted by the pool (which also fills the cache) or, without a pool, right here.
 */
export function* planEntries(
  articles: Iterable<Article>,
  stats: CorpusStats,
  o: EntryOptions,
  pool: WorkerPool<ArticleTask, ArticleResult> | null,
): Generator<CorpusEntry | Promise<CorpusEntry>> {
  for (const plan of planArticles(articles, stats, o.shard)) {
    const { seq, article } = plan;
    const { label, text } = article;
    if (plan.kind === 'skipped') yield { seq, kind: 'skipped', label, reason: plan.reason };
    else if (plan.kind === 'duplicate') yield { seq, kind: 'duplicate', label, text, source: plan.source };
    else {
      const task = taskFor(plan, o);
      const cached = o.cacheDir ? readCached(o.cacheDir, task.cacheKey) : null;
      if (cached !== null) {
        stats.cacheHits++;
        yield { seq, kind: 'document', label, text, json: cached };
        continue;
      }
      stats.processed++;
      const entry = (r: ArticleResult): CorpusEntry => ({ seq, kind: 'document', label, text, ...r });
      if (!pool) {
        try {
          yield entry(runArticleTask(task));
        } catch (e) {
          if (e instanceof RunError) throw new RunError(`${label}: ${e.message}`, e.exitCode, e.code);
          throw e;
        }
      } else yield pool.run(task).then(entry, asRunError(label));
    }
  }
}

/** Every article of the stream as an entry, in input order whatever the worker count or completion order. */
export async function* corpusEntries(
  articles: Iterable<Article>,
  stats: CorpusStats,
  o: EntryOptions,
): AsyncGenerator<CorpusEntry> {
  const url = new URL('./article-worker.js', import.meta.url);
  const pool = o.workers > 1 ? new WorkerPool<ArticleTask, ArticleResult>(url, o.workers) : null;
  try {
    yield* orderedWindow(planEntries(articles, stats, o, pool), Math.max(1, o.workers) * PER_WORKER);
  } finally {
    await pool?.close();
  }
}
