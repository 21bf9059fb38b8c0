/**
 * The per-article part of a streamed release (validate one document, encode its rows): a light entry
 * point for worker threads, which need nothing else of publish (`@newsfacts/publish/article`).
 */

export { ReleaseError } from './release-error.js';
export type { ArticleRows, SourceTable } from './stream/article-rows.js';
export { articleRows, SOURCE_TABLES, validateArticle } from './stream/article-rows.js';
