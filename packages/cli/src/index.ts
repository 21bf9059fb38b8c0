export { CliError, EXIT } from './errors.js';
export type { Article } from './pipeline/articles.js';
export { readArticle, readCorpus } from './pipeline/articles.js';
export { buildDataset, hashInputs } from './pipeline/build-dataset.js';
export { loadPipeline, pipelineArticles, resolvePipelineDir } from './pipeline/load-pipeline.js';
export { processArticle } from './pipeline/process-article.js';
export { main } from './program.js';
