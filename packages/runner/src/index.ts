// The main thread's API: nothing here loads extraction (packages/extract, chrono-node), which only the
// threads that process articles need; they import `@newsfacts/runner/process-article` or `/article-task`.
export { DatasetAssembler } from './corpus/assemble-dataset.js';
export { corpusEntries } from './corpus/corpus-entries.js';
export type { CorpusEntry } from './corpus/corpus-entry.js';
export type { CorpusStats } from './corpus/corpus-stats.js';
export { emptyStats } from './corpus/corpus-stats.js';
export { checkPartials, mergeEntries } from './corpus/merge-partials.js';
export { minhash, NearDuplicateIndex, similarity } from './corpus/near-duplicates.js';
export { writePartial } from './corpus/partial.js';
export type { Shard } from './corpus/shard.js';
export { parseShard } from './corpus/shard.js';
export { articleWorkerUrl } from './corpus/worker-entry.js';
export { decodeArticle, MAX_ARTICLE_BYTES, readArticleFile } from './io/read-article.js';
export type { Article } from './pipeline/articles.js';
export { readArticle, readCorpus } from './pipeline/articles.js';
export type { BuiltDataset } from './pipeline/build-dataset.js';
export {
  buildCorpusDataset,
  buildDataset,
  finishDataset,
  hashedArticles,
  hashInputs,
} from './pipeline/build-dataset.js';
export { codeFingerprint, inputsHasher } from './pipeline/fingerprint.js';
export type { Pipeline } from './pipeline/load-pipeline.js';
export { loadPipeline, pipelineArticles, resolvePipelineDir } from './pipeline/load-pipeline.js';
export type { Progress } from './pipeline/progress.js';
export type { RunResult, RunSettings } from './pipeline/run-pipeline.js';
export {
  declaredSha256,
  defaultWorkers,
  mergeShards,
  runPipeline,
  runShard,
} from './pipeline/run-pipeline.js';
export { publishStreamed, streamsRelease } from './pipeline/stream-release.js';
export { EXIT, RunError } from './run-error.js';
