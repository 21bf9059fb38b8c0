import type { SourceMetadata } from '@newsfacts/normalize';
import { processArticle } from '../pipeline/process-article.js';
import { writeCached } from './article-cache.js';

/** The message a worker gets for one article. */
export interface ArticleTask {
  text: string;
  meta: SourceMetadata;
  /** Where to store the result, or null without a cache. */
  cacheDir: string | null;
  cacheKey: string;
}

/** Extract + normalize one article and store the document in the cache: the same in a worker or not. */
export function runArticleTask(task: ArticleTask): string {
  const json = JSON.stringify(processArticle({ text: task.text, meta: task.meta }));
  if (task.cacheDir) writeCached(task.cacheDir, task.cacheKey, json);
  return json;
}
