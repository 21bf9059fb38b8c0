import { applyCuration, DatasetMerger } from '@newsfacts/normalize';
import type { Dataset } from '@newsfacts/schemas';
import { validateDataset } from '@newsfacts/validate';
import { CliError, EXIT } from '../errors.js';
import type { Progress } from '../output.js';
import { inputsHasher } from './fingerprint.js';
import { type Pipeline, pipelineArticles } from './load-pipeline.js';
import { processArticle } from './process-article.js';

export interface BuiltDataset {
  dataset: Dataset;
  texts: Map<string, string>;
  inputsSha256: string;
  articles: number;
}

/** Hash the inputs without extracting anything (one streamed pass over the texts). */
export function hashInputs(p: Pipeline): string {
  const h = inputsHasher(p.declared);
  for (const a of pipelineArticles(p)) h.add(a.text, a.meta);
  return h.digest();
}

/** Extract → normalize every article, merge across articles, curate, validate. Nothing invalid returns. */
export function buildDataset(p: Pipeline, progress?: Progress): BuiltDataset {
  const merger = new DatasetMerger();
  const texts = new Map<string, string>();
  const hasher = inputsHasher(p.declared);
  let articles = 0;
  for (const a of pipelineArticles(p)) {
    hasher.add(a.text, a.meta);
    const doc = processArticle(a);
    if (texts.has(doc.source.id)) {
      if (texts.get(doc.source.id) === a.text) continue; // the same article twice (a syndicated copy)
      throw new CliError(
        `${a.label}: source id '${doc.source.id}' is used by two different texts`,
        EXIT.usage,
        'pipeline/duplicate-source',
      );
    }
    texts.set(doc.source.id, a.text);
    merger.add(doc);
    articles++;
    progress?.tick(a.label);
  }
  const { dataset, problems } = applyCuration(merger.build(), texts, p.curation);
  if (problems.length > 0) {
    const lines = problems.map((x) => `pipelines/${p.name}/${x.file}#${x.pointer}: ${x.message} (${x.code})`);
    throw new CliError(lines.join('\n'), EXIT.invalid, 'curation/failed');
  }
  const report = validateDataset(dataset, texts);
  if (!report.valid) {
    const lines = report.problems
      .filter((x) => x.severity === 'error')
      .slice(0, 20)
      .map((x) => `${x.record ?? ''}${x.pointer ?? ''}: ${x.message} (${x.code})`);
    throw new CliError(
      `pipeline '${p.name}' produced invalid records, nothing was published:\n${lines.join('\n')}`,
      EXIT.invalid,
      'pipeline/invalid',
    );
  }
  return { dataset, texts, inputsSha256: hasher.digest(), articles };
}
