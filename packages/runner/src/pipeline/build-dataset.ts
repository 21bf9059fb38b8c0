import { applyCuration } from '@newsfacts/normalize';
import type { Dataset } from '@newsfacts/schemas';
import { validateDataset } from '@newsfacts/validate';
import { DatasetAssembler, type SkipReporter } from '../corpus/assemble-dataset.js';
import { corpusEntries, type EntryOptions } from '../corpus/corpus-entries.js';
import { type CorpusStats, emptyStats } from '../corpus/corpus-stats.js';
import type { Article } from './articles.js';
import { curationFailed, datasetInvalid } from './curation-errors.js';
import { inputsHasher } from './fingerprint.js';
import { type Pipeline, pipelineArticles } from './load-pipeline.js';
import type { Progress } from './progress.js';

export interface BuiltDataset {
  dataset: Dataset;
  texts: Map<string, string>;
  inputsSha256: string;
  articles: number;
  stats: CorpusStats;
}

/** Hash the inputs without extracting anything (one streamed pass over the texts). */
export function hashInputs(p: Pipeline): string {
  const h = inputsHasher(p.declared);
  for (const a of pipelineArticles(p)) h.add(a.text, a.meta);
  return h.digest();
}

/** The pipeline's articles, each added to the inputs hash as it is read. */
export function* hashedArticles(
  p: Pipeline,
  hasher: ReturnType<typeof inputsHasher>,
  progress?: Progress,
): Generator<Article> {
  for (const a of pipelineArticles(p)) {
    hasher.add(a.text, a.meta);
    yield a;
    progress?.tick(a.label);
  }
}

/** Merged records → curation → validation. Nothing invalid returns. */
export function finishDataset(p: Pipeline, assembler: DatasetAssembler): Dataset {
  const { dataset, problems } = applyCuration(assembler.build(), assembler.texts, p.curation);
  if (problems.length > 0) throw curationFailed(p, problems);
  const report = validateDataset(dataset, assembler.texts);
  if (!report.valid) throw datasetInvalid(p, report);
  return dataset;
}

function built(
  p: Pipeline,
  assembler: DatasetAssembler,
  hasher: ReturnType<typeof inputsHasher>,
  stats: BuiltDataset['stats'],
): BuiltDataset {
  const dataset = finishDataset(p, assembler);
  return {
    dataset,
    texts: assembler.texts,
    inputsSha256: hasher.digest(),
    articles: assembler.articles,
    stats,
  };
}

export interface CorpusBuildOptions extends Omit<EntryOptions, 'shard'> {
  progress?: Progress;
  onSkip?: SkipReporter;
}

/**
 * Extract → normalize every article in this thread, without a cache, merge, curate, validate. Extraction
 * is loaded when it starts (`import()`): importing the runner does not load it.
 */
export function buildDataset(p: Pipeline, progress?: Progress, onSkip?: SkipReporter): Promise<BuiltDataset> {
  return buildCorpusDataset(p, { workers: 1, cacheDir: null, code: '', progress, onSkip });
}

/** The same as buildDataset, with the per-article work in worker threads and the per-article cache. */
export async function buildCorpusDataset(p: Pipeline, o: CorpusBuildOptions): Promise<BuiltDataset> {
  const hasher = inputsHasher(p.declared);
  const stats = emptyStats();
  const assembler = new DatasetAssembler(o.onSkip);
  for await (const e of corpusEntries(hashedArticles(p, hasher, o.progress), stats, o)) assembler.add(e);
  return built(p, assembler, hasher, stats);
}
