import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CorpusStats,
  codeFingerprint,
  corpusEntries,
  DatasetAssembler,
  emptyStats,
  hashInputs,
  loadPipeline,
  readCorpus,
} from '@newsfacts/cli';
import { publishRelease } from '@newsfacts/publish';
import { type Dataset, validatorFor } from '@newsfacts/schemas';
import { validateDataset } from '@newsfacts/validate';

export interface SizeResult {
  articles: number;
  workers: number;
  /** Milliseconds per stage; publish is null when skipped. */
  extract: number;
  normalize: number;
  validate: number;
  validateSchema: number;
  publish: number | null;
  records: number;
  peakRssMb: number;
  stats: CorpusStats;
  /** The no-change check `run` does (hash every input + code fingerprint), ms. */
  noChange: number | null;
  /** Rebuild with every article from the per-article cache (no publish), ms. */
  cachedRebuild: number | null;
}

const DEFAULTS = { redistributable: true, license: 'CC0-1.0' };

function countRecords(d: Dataset): number {
  let n = d.sources.length + d.entities.length + d.quotes.length + d.events.length + d.relations.length;
  for (const e of d.entities) n += e.mentions.length;
  return n;
}

function schemaOnly(d: Dataset): number {
  const t = performance.now();
  const checks: [Parameters<typeof validatorFor>[0], readonly unknown[]][] = [
    ['source', d.sources],
    ['entity', d.entities],
    ['quote', d.quotes],
    ['event', d.events],
    ['event-relation', d.relations],
  ];
  for (const [name, records] of checks) {
    const v = validatorFor(name);
    for (const r of records) if (!v(r)) throw new Error(`bench: invalid ${name}`);
  }
  return performance.now() - t;
}

async function extractAndMerge(corpus: string, workers: number, cacheDir: string | null) {
  const stats = emptyStats();
  const assembler = new DatasetAssembler(() => {});
  let normalize = 0;
  const t = performance.now();
  const entries = corpusEntries(readCorpus(corpus, DEFAULTS), stats, {
    workers,
    cacheDir,
    code: codeFingerprint(),
  });
  for await (const e of entries) {
    const a = performance.now();
    assembler.add(e);
    normalize += performance.now() - a;
  }
  const extract = performance.now() - t - normalize;
  const b = performance.now();
  const dataset = assembler.build();
  normalize += performance.now() - b;
  return { stats, assembler, dataset, extract, normalize };
}

/** Measure one corpus (a pipeline folder with articles.jsonl) in this process: every stage, then peak RSS. */
export async function measureSize(
  pipelineDir: string,
  workers: number,
  o: { publish: boolean; rerun: boolean },
): Promise<SizeResult> {
  const corpus = join(pipelineDir, 'articles.jsonl');
  const cacheDir = o.rerun ? mkdtempSync(join(tmpdir(), 'newsfacts-bench-cache-')) : null;
  const run = await extractAndMerge(corpus, workers, cacheDir);
  const v = performance.now();
  const report = validateDataset(run.dataset, run.assembler.texts);
  const validate = performance.now() - v;
  if (!report.valid) throw new Error(`bench: the dataset is invalid (${report.problems[0]?.message})`);
  const validateSchema = schemaOnly(run.dataset);
  let publish: number | null = null;
  if (o.publish) {
    const out = mkdtempSync(join(tmpdir(), 'newsfacts-bench-datasets-'));
    const p = performance.now();
    await publishRelease(out, {
      name: 'bench',
      meta: {
        title: 'Bench',
        description: 'Synthetic corpus.',
        license: 'CC-BY-4.0',
        keywords: [],
        contributors: [],
      },
      dataset: run.dataset,
      texts: run.assembler.texts,
      inputsSha256: '0'.repeat(64),
      sourceDateEpoch: null,
    });
    publish = performance.now() - p;
    rmSync(out, { recursive: true, force: true });
  }
  let noChange: number | null = null;
  let cachedRebuild: number | null = null;
  if (cacheDir) {
    const n = performance.now();
    hashInputs(loadPipeline(pipelineDir));
    codeFingerprint();
    noChange = performance.now() - n;
    const c = performance.now();
    await extractAndMerge(corpus, workers, cacheDir);
    cachedRebuild = performance.now() - c;
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return {
    articles: run.stats.articles,
    workers,
    extract: run.extract,
    normalize: run.normalize,
    validate,
    validateSchema,
    publish,
    records: countRecords(run.dataset),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    stats: run.stats,
    noChange,
    cachedRebuild,
  };
}
