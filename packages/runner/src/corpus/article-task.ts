import type { SourceMetadata } from '@newsfacts/normalize';
import { type ArticleRows, articleRows, ReleaseError, validateArticle } from '@newsfacts/publish/article';
import type { ExtractionDocument } from '@newsfacts/schemas';
import { processArticle } from '../pipeline/process-article.js';
import { EXIT, RunError } from '../run-error.js';
import { readCached, writeCached } from './article-cache.js';
import { type TextFacts, textFacts } from './plan-articles.js';

/** The message a worker gets for one article. */
export interface ArticleTask {
  text: string;
  meta: SourceMetadata;
  /** Where to find and store the result, or null without a cache. */
  cacheDir: string | null;
  cacheKey: string;
  /** Also validate the document and encode its release rows (for a streamed release). */
  encode: boolean;
  /** Work out the text's facts for planning (not for a text seen before). */
  facts: boolean;
  /** Process the article (this shard's, and English): ahead of the plan, which may still drop it. */
  process: boolean;
}

/**
 * A processed article: its document as JSON, or (when asked to encode) its validated release rows
 * instead, which is all a streamed release needs from it.
 */
type ArticleResult = { json: string; rows: null } | { json: null; rows: ArticleRows };

/** A processing failure, as a worker can send it back. */
interface TaskFailure {
  message: string;
  code?: string;
  exitCode?: number;
}

/** What a task gives: the text's facts, and the result (or failure) when it processed the article. */
export interface ArticleOutcome {
  facts: TextFacts | null;
  result: ArticleResult | null;
  /** The result came from the per-article cache. */
  cached: boolean;
  failure: TaskFailure | null;
}

function encoded(doc: ExtractionDocument, text: string): ArticleResult {
  try {
    validateArticle(doc, text);
  } catch (e) {
    if (e instanceof ReleaseError)
      throw new RunError(
        `produced invalid records, nothing was published: ${e.message}`,
        EXIT.invalid,
        'pipeline/invalid',
      );
    throw e;
  }
  return { json: null, rows: articleRows(doc) };
}

/** The result from the cache, or null on a miss. */
function fromCache(task: ArticleTask): ArticleResult | null {
  const json = task.cacheDir ? readCached(task.cacheDir, task.cacheKey) : null;
  if (json === null) return null;
  return task.encode ? encoded(JSON.parse(json) as ExtractionDocument, task.text) : { json, rows: null };
}

/**
 * Extract + normalize one article (or take it from the cache) and store the document in the cache; with
 * `encode`, validate it against its text and encode its rows, so the thread that writes the release only
 * appends them. The same in a worker or not.
 */
function processTask(task: ArticleTask): ArticleResult {
  const doc = processArticle({ text: task.text, meta: task.meta });
  // a streamed release needs only the rows: the JSON is for the cache or for the caller to merge
  if (task.cacheDir || !task.encode) {
    const json = JSON.stringify(doc);
    if (task.cacheDir) writeCached(task.cacheDir, task.cacheKey, json);
    if (!task.encode) return { json, rows: null };
  }
  return encoded(doc, task.text);
}

/**
 * The facts of the text, then the article processed if asked and English. A failure is returned, not
 * thrown: the plan decides whether it matters (a near-duplicate's does not). Errors that are not the
 * run's own (bugs) are thrown.
 */
export function runArticleTask(task: ArticleTask): ArticleOutcome {
  const facts = task.facts ? textFacts(task.text) : null;
  const none = { facts, result: null, cached: false, failure: null };
  if (!task.process || (facts && !facts.english)) return none;
  try {
    const cached = fromCache(task);
    if (cached) return { ...none, result: cached, cached: true };
    return { ...none, result: processTask(task) };
  } catch (e) {
    if (!(e instanceof RunError)) throw e;
    return { ...none, failure: { message: e.message, code: e.code, exitCode: e.exitCode } };
  }
}
