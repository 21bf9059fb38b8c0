export { adversarialText } from './adversarial.js';
export type { GeneratedArticle } from './generate-article.js';
export { generateArticle, generateForeignArticle } from './generate-article.js';
export type { CorpusOptions } from './generate-corpus.js';
export { generateCorpus } from './generate-corpus.js';
export type { Random } from './random.js';
export { mulberry32 } from './random.js';
export type { WrittenCorpus } from './write-corpus.js';
export { writeFolder, writeJsonl } from './write-corpus.js';
