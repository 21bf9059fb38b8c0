import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadVersions, type PublishResult, publishRelease, ReleaseError } from '@newsfacts/publish';
import {
  type BuiltDataset,
  buildCorpusDataset,
  type CorpusEntry,
  type CorpusStats,
  codeFingerprint,
  corpusEntries,
  emptyStats,
  hashedArticles,
  hashInputs,
  inputsHasher,
  loadPipeline,
  type Pipeline,
  parseShard,
  pipelineArticles,
  publishStreamed,
  resolvePipelineDir,
  streamsRelease,
  writePartial,
} from '@newsfacts/runner';
import { CliError, EXIT } from '../errors.js';
import { color, makeProgress } from '../output.js';
import { datasetsDirOf, findRoot } from '../paths.js';
import { describeChanges } from './describe-changes.js';

export interface RunOptions {
  datasets?: string;
  version?: string;
  json?: boolean;
  force?: boolean;
  quiet?: boolean;
  /** Worker threads (default: available cores for corpus pipelines, 1 for single articles). */
  workers?: string;
  /** `false` with --no-cache. */
  cache?: boolean;
  /** `k/n`: process one slice and write a partial result instead of publishing. */
  shard?: string;
  /** Folder of the partial result (with --shard). */
  out?: string;
  /** Build the whole dataset in memory even for a corpus (the streamed release is the default). */
  inMemory?: boolean;
}

export type RunResult = PublishResult & { upToDate: boolean; stats: CorpusStats | null };

function sourceDateEpoch(): number | null {
  const raw = process.env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return null;
  if (!/^[0-9]+$/.test(raw))
    throw new CliError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got '${raw}'`);
  return Number(raw);
}

/** Where the no-work key of the last successful run is kept (never published, not committed). */
function cacheFile(root: string, name: string): string {
  return join(root, '.cache', 'newsfacts', `${name}.run-key`);
}

function readKey(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Workers from the option; by default every core for a corpus, one thread for single articles. */
function workerCount(raw: string | undefined, p: Pipeline): number {
  if (raw === undefined) return p.config.sources.some((s) => 'corpus' in s) ? availableParallelism() : 1;
  if (!/^[1-9][0-9]{0,2}$/.test(raw))
    throw new CliError(
      `--workers must be a whole number from 1 to 999, got '${raw}'`,
      EXIT.usage,
      'usage/workers',
    );
  return Number(raw);
}

const articleCacheDir = (root: string) => join(root, '.cache', 'newsfacts', 'articles');

export const declaredSha256 = (p: Pipeline) => {
  const h = createHash('sha256');
  for (const b of p.declared) h.update(createHash('sha256').update(b).digest('hex'));
  return h.digest('hex');
};

/** Remember the no-work key of a publish when the code that built it is this code. */
function rememberRun(root: string, pipeline: Pipeline, inputsSha256: string, version: string, code: string) {
  if (code !== codeFingerprint()) return;
  mkdirSync(join(root, '.cache', 'newsfacts'), { recursive: true });
  writeFileSync(
    cacheFile(root, pipeline.name),
    `${inputsSha256} ${code} ${sourceDateEpoch() ?? ''} ${version}\n`,
  );
}

/** Publish a built dataset and remember the no-work key. */
export async function publishBuilt(
  root: string,
  pipeline: Pipeline,
  built: Pick<BuiltDataset, 'dataset' | 'texts' | 'inputsSha256'>,
  opts: Pick<RunOptions, 'datasets' | 'version'>,
  code = codeFingerprint(),
): Promise<PublishResult> {
  let result: PublishResult;
  try {
    result = await publishRelease(datasetsDirOf(opts.datasets, root), {
      name: pipeline.name,
      meta: pipeline.config.dataset,
      dataset: built.dataset,
      texts: built.texts,
      inputsSha256: built.inputsSha256,
      version: opts.version ?? pipeline.config.version,
      sourceDateEpoch: sourceDateEpoch(),
    });
  } catch (e) {
    if (e instanceof ReleaseError) throw new CliError(e.message, EXIT.usage, e.code);
    throw e;
  }
  rememberRun(root, pipeline, built.inputsSha256, result.version, code);
  return result;
}

/** Publish entries as a streamed release and remember the no-work key. */
export async function publishEntries(
  root: string,
  pipeline: Pipeline,
  entries: AsyncIterable<CorpusEntry>,
  inputsSha256: () => string,
  opts: Pick<RunOptions, 'datasets' | 'version'>,
  code = codeFingerprint(),
): Promise<{ result: PublishResult; articles: number }> {
  const epoch = sourceDateEpoch();
  const out = await publishStreamed(datasetsDirOf(opts.datasets, root), pipeline, entries, () => ({
    inputsSha256: inputsSha256(),
    version: opts.version ?? pipeline.config.version,
    sourceDateEpoch: epoch,
  }));
  rememberRun(root, pipeline, inputsSha256(), out.result.version, code);
  return out;
}

/** Build and publish one pipeline's dataset: extract → normalize → validate → publish. */
export async function runPipeline(arg: string, opts: RunOptions): Promise<RunResult> {
  const root = findRoot();
  const pipeline = loadPipeline(resolvePipelineDir(arg, root));
  const datasetsDir = datasetsDirOf(opts.datasets, root);
  const epoch = sourceDateEpoch();
  const index = await loadVersions(join(datasetsDir, pipeline.name), pipeline.name).catch(() => null);
  if (!opts.force && !opts.version && index?.latest) {
    const key = `${hashInputs(pipeline)} ${codeFingerprint()} ${epoch ?? ''} ${index.latest}`;
    if (readKey(cacheFile(root, pipeline.name)) === key) {
      const dir = join(datasetsDir, pipeline.name, index.latest);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const entry = index.versions.find((v) => v.version === index.latest);
      return {
        status: 'unchanged',
        upToDate: true,
        stats: null,
        version: index.latest,
        dir,
        rootSha256: entry?.root_sha256 ?? '',
        counts: manifest.counts,
        changes: { from: index.latest, tables: [] },
      };
    }
  }
  const progress = makeProgress(null, opts.quiet || opts.json === true);
  const entryOptions = {
    workers: workerCount(opts.workers, pipeline),
    cacheDir: opts.cache === false ? null : articleCacheDir(root),
    code: codeFingerprint(),
  };
  if (streamsRelease(pipeline, opts.inMemory)) {
    const hasher = inputsHasher(pipeline.declared);
    const stats = emptyStats();
    const entries = corpusEntries(hashedArticles(pipeline, hasher, progress), stats, {
      ...entryOptions,
      encode: true,
    });
    let digest: string | null = null;
    const { result } = await publishEntries(
      root,
      pipeline,
      entries,
      () => (digest ??= hasher.digest()),
      opts,
    );
    progress.done();
    return { ...result, upToDate: false, stats };
  }
  const built = await buildCorpusDataset(pipeline, { ...entryOptions, progress });
  progress.done();
  const result = await publishBuilt(root, pipeline, built, opts);
  return { ...result, upToDate: false, stats: built.stats };
}

/** `run --shard k/n`: one slice of the corpus as a partial result (no release). */
async function runShard(
  arg: string,
  opts: RunOptions,
): Promise<{ dir: string; stats: CorpusStats; shard: string }> {
  const root = findRoot();
  const pipeline = loadPipeline(resolvePipelineDir(arg, root));
  const shard = parseShard(opts.shard ?? '');
  const dir = resolve(
    opts.out ??
      join(root, '.cache', 'newsfacts', 'partials', `${pipeline.name}-${shard.index}-of-${shard.count}`),
  );
  const hasher = inputsHasher(pipeline.declared);
  const stats = emptyStats();
  const progress = makeProgress(null, opts.quiet || opts.json === true);
  function* articles() {
    for (const a of pipelineArticles(pipeline)) {
      hasher.add(a.text, a.meta);
      yield a;
      progress.tick(a.label);
    }
  }
  const entries = corpusEntries(articles(), stats, {
    workers: workerCount(opts.workers, pipeline),
    cacheDir: opts.cache === false ? null : articleCacheDir(root),
    code: codeFingerprint(),
    shard,
  });
  await writePartial(dir, entries, () => ({
    format: 'newsfacts-partial/1',
    pipeline: pipeline.name,
    shard,
    declared_sha256: declaredSha256(pipeline),
    inputs_sha256: hasher.digest(),
    code: codeFingerprint(),
    stats,
  }));
  progress.done();
  return { dir, stats, shard: `${shard.index}/${shard.count}` };
}

/** Print a publish result (shared by run and merge). */
export function printResult(r: RunResult, json: boolean | undefined): void {
  if (json) {
    console.log(
      JSON.stringify(
        {
          status: r.status,
          version: r.version,
          dir: r.dir,
          root_sha256: r.rootSha256,
          counts: r.counts,
          changes: r.changes,
          ...(r.stats ? { articles: r.stats } : {}),
        },
        null,
        2,
      ),
    );
    return;
  }
  const where = relative(process.cwd(), r.dir) || '.';
  const state = r.upToDate
    ? 'up to date (no work done)'
    : r.status === 'published'
      ? color.green('published')
      : 'unchanged (identical to the latest release)';
  console.log(`${color.bold(`${r.version}`)} ${state}: ${where}`);
  console.log(`root sha256: ${r.rootSha256}`);
  console.log(
    `counts: ${Object.entries(r.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  if (r.stats) console.log(describeStats(r.stats));
  console.log(describeChanges(r.changes));
}

function describeStats(s: CorpusStats): string {
  return `articles: ${s.articles} read, ${s.processed} processed, ${s.cacheHits} from cache, ${s.duplicates} duplicates, ${s.nearDuplicates} near-duplicates, ${s.nonEnglish} not English`;
}

export async function runCommand(arg: string, opts: RunOptions): Promise<number> {
  if (opts.shard !== undefined) {
    const r = await runShard(arg, opts);
    if (opts.json)
      console.log(
        JSON.stringify({ status: 'partial', shard: r.shard, dir: r.dir, articles: r.stats }, null, 2),
      );
    else {
      console.log(`shard ${r.shard}: partial result in ${relative(process.cwd(), r.dir) || '.'}`);
      console.log(describeStats(r.stats));
    }
    return EXIT.ok;
  }
  printResult(await runPipeline(arg, opts), opts.json);
  return EXIT.ok;
}
