#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { adversarialText, HOSTILE_PATTERNS } from './adversarial.js';
import { GROWTH_DEFAULTS, hostileGrowth, printHostileGrowth } from './adversarial-growth.js';
import { runCompromise } from './baseline.js';
import { describeSpeed } from './describe-speed.js';
import { generateCorpus } from './generate-corpus.js';
import { measureGrowth } from './measure-growth.js';
import {
  type Formats,
  measureSize,
  SETTLE_ARTICLES,
  type SizeResult,
  type StageResult,
} from './measure-size.js';
import { printScaling, runScalingStep } from './print-scaling.js';
import { type WrittenCorpus, writeJsonl } from './write-corpus.js';

const USAGE = `usage: npm run bench -- [--sizes 1000,10000] [--seed 42] [--smoke] [--scaling]
  --sizes n,m   corpus sizes to generate and run end to end (default 1000,10000; 100000 takes ~8.5 GB of temporary files)
  --seed n      seed of the generated corpus (default 42)
  --smoke       one 50-article corpus and small hostile texts: checks that every figure prints, quickly
  --scaling     worker threads vs child processes and V8 heap settings, 1 vs 2 (docs/scale.md)
  --help        this text`;

/** A bad command line: its one-line message is printed with the usage, without a stack trace. */
class UsageError extends Error {}

interface Options {
  help: boolean;
  sizes: number[];
  seed: number;
  smoke: boolean;
  scaling: boolean;
}

function parseArgs(argv: string[]): Options {
  // 100,000 articles take ~8.5 GB of temporary files and many minutes: only on request (--sizes 1000,10000,100000).
  const o: Options = { help: false, sizes: [1000, 10_000], seed: 42, smoke: false, scaling: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? '';
    if (a === '--sizes') o.sizes = next().split(',').map(Number);
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--smoke') o.smoke = true;
    else if (a === '--scaling') o.scaling = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new UsageError(`bench: unknown option ${a}`);
  }
  if (o.smoke) o.sizes = [50];
  if (o.sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new UsageError('bench: --sizes takes whole numbers separated by commas (e.g. --sizes 1000,10000)');
  if (!Number.isInteger(o.seed)) throw new UsageError('bench: --seed takes a whole number');
  return o;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rate = (count: number, ms: number) => fmt((count / ms) * 1000);

/** One measurement in a fresh process, so peak RSS belongs to that corpus and worker count alone. */
function measureInChild(
  dir: string,
  workers: number,
  stages: boolean,
  rerun: boolean,
  formats?: Formats,
): SizeResult | string {
  const args = [
    fileURLToPath(import.meta.url),
    '--measure',
    dir,
    String(workers),
    String(stages),
    String(rerun),
    ...(formats ? [formats.join(',')] : []),
  ];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status === 0) return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  // A size that fails (e.g. out of memory) is a figure too: report it and go on with the others.
  const at = r.stderr.match(/\[\d+:0x[0-9a-f]+\]\s+(\d+) ms/)?.[1];
  if (/heap out of memory/.test(r.stderr))
    return `out of memory (V8 heap limit ${fmt(heapLimitMb())} MB)${at ? ` after ${fmt(Number(at) / 1000)} s` : ''}`;
  return `failed: ${r.stderr.trim().split('\n').slice(0, 3).join(' ')}`;
}

const heapLimitMb = () => v8.getHeapStatistics().heap_size_limit / 1024 / 1024;

function makeCorpus(root: string, o: Options, count: number): { dir: string; corpus: WrittenCorpus } {
  const dir = join(root, 'pipelines', `bench-${count}`);
  mkdirSync(dir, { recursive: true });
  const pipeline = {
    name: `bench-${count}`,
    dataset: {
      title: 'Bench',
      description: 'Synthetic.',
      license: 'CC-BY-4.0',
      keywords: [],
      contributors: [],
    },
    sources: [{ corpus: 'articles.jsonl', defaults: { redistributable: true, license: 'CC0-1.0' } }],
    curation: [],
  };
  writeFileSync(join(dir, 'pipeline.json'), JSON.stringify(pipeline));
  const few = Math.max(1, Math.round(count / 1000));
  const articles = generateCorpus({
    seed: o.seed,
    count,
    duplicates: few,
    nearDuplicates: few,
    foreign: few,
  });
  return { dir, corpus: writeJsonl(join(dir, 'articles.jsonl'), articles) };
}

function printSize(c: WrittenCorpus, r: SizeResult, log: (s: string) => void): void {
  const total = r.endToEnd;
  const mb = c.bytes / 1e6;
  // a stale or missing bundle (a package rebuilt without the runner) costs each worker ~0.3 s of CPU
  const modules = r.bundledWorker === false ? ' (worker modules loaded one by one: rebuild the runner)' : '';
  log(
    `  ${r.workers} worker${r.workers > 1 ? 's' : ''}${modules}: end to end ${rate(c.articles, total)} articles/s, ${fmt((mb / total) * 1000, 2)} MB/s, ${rate(c.words, total)} words/s (${fmt(total / 1000, 2)} s: ingest ${fmt(r.ingest / 1000, 2)} s, publish ${fmt(r.publish / 1000, 2)} s), peak RSS ${fmt(r.peakRssMb)} MB, tables ${fmt(r.tableBytes / c.articles / 1000, 1)} KB per article`,
  );
  // steady: the articles after the first, over the ingest time after the warm-up (workers loading)
  const steady = rate(Math.max(1, r.stats.processed - 1), r.ingest - r.warmUp);
  log(
    `    warm-up ${fmt(r.warmUp / 1000, 2)} s (main thread ${fmt(r.warmUpCpu / 1000, 2)} s CPU), then ${steady} articles/s; main thread ${fmt(r.mainThread / Math.max(1, c.articles - 1), 2)} ms CPU/article during ingest after warm-up, ${fmt(r.publishCpu / c.articles, 2)} during publish; ${fmt(r.loadCpu / 1000, 2)} s CPU starting and loading modules before the run`,
  );
  // on c cores at this CPU per article, no scheduling can do better than c / (CPU per article)
  const perArticle = (r.ingestCpuAll + r.publishCpuAll) / c.articles;
  const main = r.warmUpCpu + r.mainThread;
  const others = r.ingestCpuAll - r.workersCpu - main;
  const per = (ms: number) => fmt(ms / c.articles, 2);
  log(
    `    CPU, all threads: ${per(r.ingestCpuAll)} ms/article during ingest (article workers ${per(r.workersCpu)}, this thread ${per(main)}, V8's compiler and collector threads ${per(others)}), ${per(r.publishCpuAll)} during publish; ${cpus().length} cores give at most ${fmt((cpus().length * 1000) / perArticle)} articles/s at that cost`,
  );
  const s = r.stats;
  log(
    `    hygiene: ${s.duplicates} duplicates, ${s.nearDuplicates} near-duplicates, ${s.nonEnglish} not English`,
  );
}

function printStages(st: StageResult, ms: number, log: (s: string) => void): void {
  const stage = (name: string, t: number) => `${name} ${rate(st.articles, t)} articles/s`;
  log(
    `  stages, one thread, first ${fmt(st.articles)} articles: ${[`${stage('extract', st.extract)} (warm, results dropped: ${rate(1, st.extractWarm)}; settled, after ${fmt(SETTLE_ARTICLES)} more: ${rate(1, st.extractSettled)})`, stage('normalize', st.normalize), stage('validate', st.validate), stage('encode rows', st.encode)].join(', ')}; publish (streamed, after ingest) ${fmt(ms / 1000, 2)} s`,
  );
  log(
    `  validation: schema-only ${rate(st.records, st.validateSchema)} records/s, full ${rate(st.records, st.validate)} records/s (${fmt(st.records)} records)`,
  );
}

function timeIt(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/** Time growth when hostile text doubles: all patterns together, and the pattern that grows fastest. */
async function printAdversarial(small: number, log: (s: string) => void): Promise<void> {
  // loaded here: the child processes that measure a corpus run (`--measure`) keep extraction off their main thread
  const { processArticle } = await import('@newsfacts/runner/process-article');
  const run = (text: string) => processArticle({ text, meta: {} });
  const all = measureGrowth(run, adversarialText(small), adversarialText(2 * small));
  log(
    `adversarial text (${Object.keys(HOSTILE_PATTERNS).length} hostile patterns, each scaled with the text; CPU time, best of 3): ${fmt(small / 1e6, 1)} MB in ${fmt(all.small)} ms, ${fmt((2 * small) / 1e6, 1)} MB in ${fmt(all.large)} ms, ratio ${fmt(all.ratio, 2)}× (linear: 2×)`,
  );
  // each pattern alone, measured as adversarial.test.ts does (hostileGrowth: a child process per figure);
  // --smoke: from ~10 ms over two doublings, one process (a figure that the format is right, not one to read)
  const o =
    small >= 1_000_000 ? GROWTH_DEFAULTS : { ...GROWTH_DEFAULTS, minMs: 10, doublings: 2, attempts: 1 };
  const each = Object.keys(HOSTILE_PATTERNS).map((name) => hostileGrowth(name, 'extract', o));
  for (const g of each)
    log(
      `  ${g.pattern}: ${fmt(g.perDoubling, 2)}× per doubling (${g.sizes.map((n) => fmt(n / 1000)).join(', ')} kB: ${g.times.map((t) => fmt(t)).join(' → ')} ms)`,
    );
  const worst = each.reduce((x, y) => (y.perDoubling > x.perDoubling ? y : x));
  const over = each.filter((g) => g.perDoubling > o.limit).length;
  log(
    `  each pattern alone, from ~${fmt(o.minMs)} ms over ${o.doublings} doublings (fitted, best of ${o.reps}, up to ${o.attempts} processes): ${over} of ${each.length} above ${o.limit}× per doubling; fastest-growing: ${worst.pattern}, ${fmt(worst.perDoubling, 2)}× (${fmt(worst.sizes[0]! / 1000)} kB → ${fmt(worst.sizes.at(-1)! / 1000)} kB)`,
  );
}

/** A child's or the bench's failure: printed (with its stack), exit status 1. */
function failed(e: unknown): void {
  console.error(e);
  process.exitCode = 1;
}

/** The modes bench.js runs itself in (a child process per figure); true when argv asked for one. */
function childMode(argv: string[]): boolean {
  if (argv[0] === '--hostile-growth') printHostileGrowth(argv[1]!).catch(failed);
  else if (argv[0] === '--scaling-step') runScalingStep(argv.slice(1));
  else if (argv[0] === '--measure') {
    const [dir, workers, stages, rerun, formats] = argv.slice(1);
    const o = {
      stages: stages === 'true',
      rerun: rerun === 'true',
      formats: formats?.split(',') as Formats | undefined,
    };
    measureSize(dir!, Number(workers), o).then((r) => console.log(JSON.stringify(r)), failed);
  } else return false;
  return true;
}

async function main(argv: string[]): Promise<void> {
  if (childMode(argv)) return;
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (o.help) {
    console.log(USAGE);
    return;
  }
  const log = (s: string) => console.log(s);
  const cpu = cpus();
  log(
    `newsfacts bench: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, Node ${process.versions.node}, seed ${o.seed}`,
  );
  if (o.scaling) {
    printScaling(o.seed, log);
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-bench-'));
  const results: { count: number; corpus: WrittenCorpus; r: SizeResult }[] = [];
  const rerunSize = o.sizes.includes(10_000) ? 10_000 : o.sizes[0]!;
  try {
    o.sizes.forEach((count, i) => {
      const { dir, corpus } = makeCorpus(root, o, count);
      log(
        `corpus ${fmt(count)} articles: ${fmt(corpus.bytes / 1e6, 1)} MB, ${fmt(corpus.words)} words, mean ${fmt(corpus.bytes / count / 1000, 1)} KB`,
      );
      const r = measureInChild(dir, 2, i === 0, count === rerunSize);
      if (typeof r === 'string') {
        log(`  2 workers: ${r}`);
        return;
      }
      printSize(corpus, r, log);
      if (r.stages) printStages(r.stages, r.publish, log);
      results.push({ count, corpus, r });
      if (i === 0) {
        const one = measureInChild(dir, 1, false, false);
        if (typeof one === 'string') {
          log(`  1 worker: ${one}`);
          return;
        }
        printSize(corpus, one, log);
        log(
          `  speed-up 2 workers vs 1: ${fmt(one.endToEnd / r.endToEnd, 2)}× (ingest ${fmt(one.ingest / r.ingest, 2)}×)`,
        );
        const texts = readFileSync(join(dir, 'articles.jsonl'), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l).text as string);
        const ms = timeIt(() => runCompromise(texts));
        log(
          `compromise baseline (${fmt(count)} articles, 1 thread): ${rate(count, ms)} articles/s; newsfacts end to end with 2 workers is ${describeSpeed(ms, r.endToEnd)} (1 worker: ${describeSpeed(ms, one.endToEnd)})`,
        );
      }
      if (i === o.sizes.length - 1 && !o.smoke) {
        // the format meant for corpora (docs/release-format.md), measured on the largest corpus
        const pq = measureInChild(dir, 2, false, false, ['parquet']);
        if (typeof pq === 'string') log(`  Parquet tables only: ${pq}`);
        else {
          log('  Parquet tables only (dataset.formats ["parquet"]):');
          printSize(corpus, pq, log);
        }
      }
      if (r.noChange !== null)
        log(
          `no-change re-run (${fmt(count)} articles): ${fmt(r.noChange / 1000, 2)} s; rebuild and publish with every article from the cache: ${fmt(r.cachedRebuild! / 1000, 2)} s`,
        );
    });
    for (let i = 1; i < results.length; i++) {
      const a = results[i - 1]!;
      const b = results[i]!;
      const factor = b.count / a.count;
      const growth = b.r.endToEnd / a.r.endToEnd;
      log(
        `time growth ${fmt(a.count)} → ${fmt(b.count)} articles: ×${fmt(growth, 2)} for ×${fmt(factor)} articles (linear: ×${fmt(factor)}; ${fmt((growth / factor - 1) * 100, 1)}% off)`,
      );
    }
    await printAdversarial(o.smoke ? 100_000 : 1_000_000, log);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch(failed);
