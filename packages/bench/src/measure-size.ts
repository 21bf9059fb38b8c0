import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSource, mergeDocuments, normalizeArticle } from '@newsfacts/normalize';
import { articleRows } from '@newsfacts/publish';
import {
  articleWorkerUrl,
  type CorpusEntry,
  type CorpusStats,
  codeFingerprint,
  corpusEntries,
  emptyStats,
  hashInputs,
  loadPipeline,
  publishStreamed,
  readCorpus,
} from '@newsfacts/runner';
import { type Dataset, type ExtractionDocument, type Source, validatorFor } from '@newsfacts/schemas';
import { validateDataset } from '@newsfacts/validate';
import { generateCorpus } from './generate-corpus.js';
import { mainThreadMs, processMs, ThreadCpuSampler } from './thread-cpu.js';
import { writeJsonl } from './write-corpus.js';

/** Single-thread figures of each stage on the first articles of the corpus (ms). */
export interface StageResult {
  articles: number;
  records: number;
  extract: number;
  /** Extraction again once warm (compiled, chrono's patterns built), results dropped: ms per article. */
  extractWarm: number;
  /**
   * Extraction once the JIT has settled (after SETTLE_ARTICLES more untimed extractions), results dropped: ms per
   * article. The warm figure still mixes in TurboFan's compile work of its first few hundred extractions.
   */
  extractSettled: number;
  normalize: number;
  validate: number;
  validateSchema: number;
  /** Encoding the release rows of every document (the per-article part of publishing). */
  encode: number;
}

export interface SizeResult {
  articles: number;
  workers: number;
  /** Wall time of the streamed pipeline as `newsfacts run` does it: ingest + publish (ms). */
  endToEnd: number;
  /** Reading, hygiene and every article through the workers into the release stream (ms). */
  ingest: number;
  /** Writing the tables, descriptive files, checks and the rename (ms). */
  publish: number;
  /** From the start to the first article out of the workers: loading their modules, one article (ms). */
  warmUp: number;
  /** CPU time of the main thread during ingest after the warm-up: its serial work (ms). */
  mainThread: number;
  /** CPU time of the main thread during the warm-up (loading, fingerprinting the code, ms). */
  warmUpCpu: number;
  /** CPU time of the main thread during publish (ms). */
  publishCpu: number;
  /** CPU time of the main thread before the run: starting Node and loading its modules (ms). */
  loadCpu: number;
  /**
   * CPU time of every thread of the process during ingest, warm-up included (ms): the workers, this
   * thread, and V8's compiler and collector threads. What the cores must supply per article.
   */
  ingestCpuAll: number;
  /** The same during publish (ms): this thread and the worker threads that copy and check the files. */
  publishCpuAll: number;
  /** Of ingestCpuAll: the article workers' own threads (0 with one worker: this thread does the work). */
  workersCpu: number;
  stages: StageResult | null;
  peakRssMb: number;
  stats: CorpusStats;
  /** The no-change check `run` does (hash every input + code fingerprint), ms. */
  noChange: number | null;
  /** The whole pipeline again with every article from the per-article cache, ms. */
  cachedRebuild: number | null;
  /** Bytes of the release's table files (data/*), in the formats measured. */
  tableBytes: number;
  /** The workers ran the bundled worker script (the build's), not the modules one by one; null with 1 worker. */
  bundledWorker: boolean | null;
}

/** Table formats of the measured release (pipeline.json `dataset.formats`; default csv, json, jsonl). */
export type Formats = ('csv' | 'json' | 'jsonl' | 'parquet')[];

const DEFAULTS = { redistributable: true, license: 'CC0-1.0' };
const STAGE_SAMPLE = 1000;

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

/**
 * Each stage alone, one thread, over the first STAGE_SAMPLE articles. Extraction is loaded here, after the
 * corpus run: a `newsfacts run` with workers never loads it on its main thread, and neither does this one.
 */
async function measureStages(corpus: string): Promise<StageResult> {
  const { extractArticle } = await import('@newsfacts/extract');
  const articles = [];
  const seen = new Set<string>();
  for (const a of readCorpus(corpus, DEFAULTS)) {
    if (seen.has(a.text)) continue; // the corpus's exact copies are the pipeline's to drop
    seen.add(a.text);
    articles.push(a);
    if (articles.length === STAGE_SAMPLE) break;
  }
  const sources = articles.map((a) => buildSource(a.meta, a.text));
  let t = performance.now();
  const found = articles.map((a, i) => extractArticle(sources[i]!, a.text));
  const extract = performance.now() - t;
  const extractWarm = warmExtraction(extractArticle, articles, sources);
  warmExtraction(extractArticle, articles, sources, SETTLE_ARTICLES);
  const extractSettled = warmExtraction(extractArticle, articles, sources);
  t = performance.now();
  const docs: ExtractionDocument[] = found.map((f, i) => normalizeArticle(sources[i]!, f));
  const normalize = performance.now() - t;
  const dataset = mergeDocuments(docs);
  const texts = new Map(articles.map((a, i) => [sources[i]!.id, a.text]));
  t = performance.now();
  const report = validateDataset(dataset, texts);
  const validate = performance.now() - t;
  if (!report.valid) throw new Error(`bench: the dataset is invalid (${report.problems[0]?.message})`);
  const validateSchema = schemaOnly(dataset);
  t = performance.now();
  for (const d of docs) articleRows(d);
  const encode = performance.now() - t;
  return {
    articles: articles.length,
    records: countRecords(dataset),
    extract,
    extractWarm,
    extractSettled,
    normalize,
    validate,
    validateSchema,
    encode,
  };
}

/** Articles extracted again to time warm extraction (the sample repeated when it is smaller). */
const WARM_ARTICLES = 500;

/**
 * Untimed extractions after the warm ones before the settled figure: per-pass times of one sample fall for
 * 300–500 extractions while V8 compiles (docs/scale.md, session 24).
 */
export const SETTLE_ARTICLES = 1_000;

/**
 * ms per article of extraction after the first pass: the sample again (repeated up to `count` articles), results
 * dropped.
 */
function warmExtraction(
  extractArticle: (source: Source, text: string) => unknown,
  articles: readonly { text: string }[],
  sources: readonly Source[],
  count = WARM_ARTICLES,
): number {
  const passes = Math.max(1, Math.ceil(count / articles.length));
  const t = performance.now();
  for (let p = 0; p < passes; p++) {
    articles.forEach((a, i) => {
      extractArticle(sources[i]!, a.text);
    });
  }
  return (performance.now() - t) / (passes * articles.length);
}

const META = {
  title: 'Bench',
  description: 'Synthetic corpus.',
  license: 'CC-BY-4.0',
  keywords: [],
  contributors: [],
};

/** The streamed pipeline of `newsfacts run` on a corpus file, publishing into a scratch folder. */
async function runPipeline(corpus: string, workers: number, cacheDir: string | null, formats?: Formats) {
  const stats = emptyStats();
  const out = mkdtempSync(join(tmpdir(), 'newsfacts-bench-datasets-'));
  const t = performance.now();
  const cpu0 = mainThreadMs();
  const all0 = processMs();
  let allIngested = all0;
  let workersCpu = 0;
  const threads = new ThreadCpuSampler();
  let ingested = t;
  let firstEntry = t;
  let ingestBusy = 0;
  let warmUpCpu = 0;
  const entries = corpusEntries(readCorpus(corpus, DEFAULTS), stats, {
    workers,
    cacheDir,
    code: codeFingerprint(),
    encode: true,
  });
  async function* timed(): AsyncGenerator<CorpusEntry> {
    let first = true;
    for await (const e of entries) {
      if (first) {
        firstEntry = performance.now();
        warmUpCpu = mainThreadMs() - cpu0;
      }
      first = false;
      yield e;
    }
    ingested = performance.now();
    ingestBusy = mainThreadMs() - cpu0 - warmUpCpu;
    allIngested = processMs();
    workersCpu = threads.ended(); // the pool's threads, closed when the entries ran out
  }
  const dataset = formats ? { ...META, formats } : META;
  const pipeline = { name: 'bench', config: { dataset }, curation: [] } as unknown as Parameters<
    typeof publishStreamed
  >[1];
  const { result } = await publishStreamed(
    out,
    pipeline,
    timed(),
    () => ({ inputsSha256: '0'.repeat(64), sourceDateEpoch: null }),
    () => {},
  );
  const end = performance.now();
  const publishCpu = mainThreadMs() - cpu0 - warmUpCpu - ingestBusy;
  const publishCpuAll = processMs() - allIngested;
  const data = join(result.dir, 'data');
  const tableBytes = readdirSync(data).reduce((n, f) => n + statSync(join(data, f)).size, 0);
  rmSync(out, { recursive: true, force: true });
  return {
    stats,
    endToEnd: end - t,
    ingest: ingested - t,
    publish: end - ingested,
    warmUp: firstEntry - t,
    mainThread: ingestBusy,
    warmUpCpu,
    publishCpu,
    ingestCpuAll: allIngested - all0,
    publishCpuAll,
    workersCpu,
    tableBytes,
  };
}

/** Measure one corpus (a pipeline folder with articles.jsonl) in this process, then peak RSS. */
export async function measureSize(
  pipelineDir: string,
  workers: number,
  o: { stages: boolean; rerun: boolean; formats?: Formats },
): Promise<SizeResult> {
  const loadCpu = mainThreadMs();
  const corpus = join(pipelineDir, 'articles.jsonl');
  const cacheDir = o.rerun ? mkdtempSync(join(tmpdir(), 'newsfacts-bench-cache-')) : null;
  const run = await runPipeline(corpus, workers, cacheDir, o.formats);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  let noChange: number | null = null;
  let cachedRebuild: number | null = null;
  if (cacheDir) {
    const n = performance.now();
    hashInputs(loadPipeline(pipelineDir));
    codeFingerprint();
    noChange = performance.now() - n;
    cachedRebuild = (await runPipeline(corpus, workers, cacheDir, o.formats)).endToEnd;
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return {
    articles: run.stats.articles,
    workers,
    endToEnd: run.endToEnd,
    ingest: run.ingest,
    publish: run.publish,
    warmUp: run.warmUp,
    mainThread: run.mainThread,
    warmUpCpu: run.warmUpCpu,
    publishCpu: run.publishCpu,
    loadCpu,
    ingestCpuAll: run.ingestCpuAll,
    publishCpuAll: run.publishCpuAll,
    workersCpu: run.workersCpu,
    stages: o.stages ? await measureStages(corpus) : null,
    peakRssMb,
    stats: run.stats,
    noChange,
    cachedRebuild,
    tableBytes: run.tableBytes,
    bundledWorker: workers > 1 ? articleWorkerUrl().pathname.endsWith('.cjs') : null,
  };
}

/**
 * Table bytes per article of a generated corpus of `count` articles published in `formats` (docs/scale.md,
 * "Release size"): the corpus bench.ts generates (seed 42), one worker, streamed as `newsfacts run` does.
 * Run by hand from the built package (the command is in docs/scale.md).
 * @public
 */
export async function measureTableSizes(
  count: number,
  formats?: Formats,
): Promise<{ articles: number; textBytes: number; tableBytes: number; publishMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-tables-'));
  try {
    const few = Math.max(1, Math.round(count / 1000));
    const corpus = writeJsonl(
      join(dir, 'articles.jsonl'),
      generateCorpus({ seed: 42, count, duplicates: few, nearDuplicates: few, foreign: few }),
    );
    const run = await runPipeline(join(dir, 'articles.jsonl'), 1, null, formats);
    return {
      articles: run.stats.articles,
      textBytes: corpus.bytes,
      tableBytes: run.tableBytes,
      publishMs: run.publish,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
