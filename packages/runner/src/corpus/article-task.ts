import type { SourceMetadata } from '@newsfacts/normalize';
import { type ArticleRows, articleRows, ReleaseError, validateArticle } from '@newsfacts/publish/article';
import { processArticle } from '../pipeline/process-article.js';
import { EXIT, RunError } from '../run-error.js';
import { writeCached } from './article-cache.js';

/** The message a worker gets for one article. */
export interface ArticleTask {
  text: string;
  meta: SourceMetadata;
  /** Where to store the result, or null without a cache. */
  cacheDir: string | null;
  cacheKey: string;
  /** Also validate the document and encode its release rows (for a streamed release). */
  encode: boolean;
}

/**
 * A processed article: its document as JSON, or (when asked to encode) its validated release rows
 * instead, which is all a streamed release needs from it.
 */
export type ArticleResult = { json: string; rows: null } | { json: null; rows: ArticleRows };

/**
 * Extract + normalize one article and store the document in the cache; with `encode`, validate it
 * against its text and encode its rows, so the thread that writes the release only appends them. The
 * same in a worker or not.
 */
export function runArticleTask(task: ArticleTask): ArticleResult {
  const doc = processArticle({ text: task.text, meta: task.meta });
  // a streamed release needs only the rows: the JSON is for the cache or for the caller to merge
  if (task.cacheDir || !task.encode) {
    const json = JSON.stringify(doc);
    if (task.cacheDir) writeCached(task.cacheDir, task.cacheKey, json);
    if (!task.encode) return { json, rows: null };
  }
  try {
    validateArticle(doc, task.text);
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
