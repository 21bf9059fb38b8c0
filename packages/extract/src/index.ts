export type { Extraction } from './extract-article.js';
export { extractArticle } from './extract-article.js';
export { GENERATOR } from './generator.js';
