import { extractArticle } from '@newsfacts/extract';
import { buildSource, normalizeArticle } from '@newsfacts/normalize';
import type { ExtractionDocument } from '@newsfacts/schemas';
import type { Article } from './articles.js';

/** Per-article work: a pure function of (text, metadata), safe to run in any worker and any order. */
export function processArticle(article: Pick<Article, 'text' | 'meta'>): ExtractionDocument {
  const source = buildSource(article.meta, article.text);
  return normalizeArticle(source, extractArticle(source, article.text));
}
