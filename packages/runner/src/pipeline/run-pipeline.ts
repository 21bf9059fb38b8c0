import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { loadVersions, type PublishResult, publishRelease, ReleaseError } from '@newsfacts/publish';
import { DatasetAssembler } from '../corpus/assemble-dataset.js';
import { corpusEntries } from '../corpus/corpus-entries.js';
import type { CorpusEntry } from '../corpus/corpus-entry.js';
import { type CorpusStats, emptyStats } from '../corpus/corpus-stats.js';
import { checkPartials, mergeEntries } from '../corpus/merge-partials.js';
import { writePartial } from '../corpus/partial.js';
import type { Shard } from '../corpus/shard.js';
import { EXIT, RunError } from '../run-error.js';
import {
  type BuiltDataset,
  buildCorpusDataset,
  finishDataset,
  hashedArticles,
  hashInputs,
} from './build-dataset.js';
import { codeFingerprint, inputsHasher } from './fingerprint.js';
import type { Pipeline } from './load-pipeline.js';
import type { Progress } from './progress.js';
import { articleCacheDir, readRunKey, runKey, writeRunKey } from './run-key.js';
import { curated, publishStreamed, streamsRelease } from './stream-release.js';

/** How to run a pipeline; the command line fills it from its options. */
export interface RunSettings {
  /** The repository root: the no-work key and the article cache live in <root>/.cache/newsfacts. */
  root: string;
  datasetsDir: string;
  /** An explicit version, higher than the latest (else the pipeline's, else decided from the changes). */
  version?: string;
  /** Rebuild even when nothing changed since the last run. */
  force?: boolean;
  /** Worker count for the per-article work (1: this thread). */
  workers: number;
  /** false: neither read nor fill the per-article cache. */
  cache: boolean;
  /** Build a corpus's dataset whole in memory instead of streaming its release. */
  inMemory?: boolean;
  /** SOURCE_DATE_EPOCH (seconds), the release date when set. */
  sourceDateEpoch: number | null;
  progress: Progress;
}

export type RunResult = PublishResult & { upToDate: boolean; stats: CorpusStats | null };

/** Every core for a corpus, one thread for single articles. */
export function defaultWorkers(p: Pipeline): number {
  return p.config.sources.some((s) => 'corpus' in s) ? availableParallelism() : 1;
}

/** What a partial result must have been made from: the pipeline's declared inputs. */
export function declaredSha256(p: Pipeline): string {
  const h = createHash('sha256');
  for (const b of p.declared) h.update(createHash('sha256').update(b).digest('hex'));
  return h.digest('hex');
}

const versionOf = (p: Pipeline, s: RunSettings) => s.version ?? p.config.version;

/** Remember the no-work key of a publish when the code that built it is this code. */
function remember(p: Pipeline, s: RunSettings, inputsSha256: string, version: string, code: string): void {
  if (code === codeFingerprint())
    writeRunKey(s.root, p.name, runKey(inputsSha256, code, s.sourceDateEpoch, version));
}

/** Publish a dataset built in memory, and remember the no-work key. */
async function publishBuilt(
  p: Pipeline,
  s: RunSettings,
  built: Pick<BuiltDataset, 'dataset' | 'texts' | 'inputsSha256'>,
  code = codeFingerprint(),
): Promise<PublishResult> {
  const result = await publishRelease(s.datasetsDir, {
    name: p.name,
    meta: p.config.dataset,
    dataset: built.dataset,
    texts: built.texts,
    inputsSha256: built.inputsSha256,
    version: versionOf(p, s),
    sourceDateEpoch: s.sourceDateEpoch,
  }).catch((e: unknown) => {
    throw e instanceof ReleaseError ? new RunError(e.message, EXIT.usage, e.code) : e;
  });
  remember(p, s, built.inputsSha256, result.version, code);
  return result;
}

/** Publish entries as a streamed release, and remember the no-work key. */
async function publishEntries(
  p: Pipeline,
  s: RunSettings,
  entries: AsyncIterable<CorpusEntry>,
  inputsSha256: () => string,
  code = codeFingerprint(),
): Promise<PublishResult> {
  const { result } = await publishStreamed(s.datasetsDir, p, entries, () => ({
    inputsSha256: inputsSha256(),
    version: versionOf(p, s),
    sourceDateEpoch: s.sourceDateEpoch,
  }));
  remember(p, s, inputsSha256(), result.version, code);
  return result;
}

/** The latest release, when the no-work key says nothing changed since it was published. */
async function upToDate(p: Pipeline, s: RunSettings): Promise<RunResult | null> {
  if (s.force || s.version) return null;
  const index = await loadVersions(join(s.datasetsDir, p.name), p.name).catch(() => null);
  if (!index?.latest) return null;
  const key = runKey(hashInputs(p), codeFingerprint(), s.sourceDateEpoch, index.latest);
  if (readRunKey(s.root, p.name) !== key) return null;
  const dir = join(s.datasetsDir, p.name, index.latest);
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

const entryOptions = (s: RunSettings) => ({
  workers: s.workers,
  cacheDir: s.cache ? articleCacheDir(s.root) : null,
  code: codeFingerprint(),
});

/** Build and publish one pipeline's dataset: extract → normalize → validate → publish. */
export async function runPipeline(p: Pipeline, s: RunSettings): Promise<RunResult> {
  const done = await upToDate(p, s);
  if (done) return done;
  if (streamsRelease(p, s.inMemory)) {
    const hasher = inputsHasher(p.declared);
    const stats = emptyStats();
    const entries = corpusEntries(hashedArticles(p, hasher, s.progress), stats, {
      ...entryOptions(s),
      encode: !curated(p),
    });
    let digest: string | null = null;
    const result = await publishEntries(p, s, entries, () => (digest ??= hasher.digest()));
    s.progress.done();
    return { ...result, upToDate: false, stats };
  }
  const built = await buildCorpusDataset(p, { ...entryOptions(s), progress: s.progress });
  s.progress.done();
  const result = await publishBuilt(p, s, built);
  return { ...result, upToDate: false, stats: built.stats };
}

/** One slice of the corpus as a partial result in `dir` (no release), for `mergeShards`. */
export async function runShard(p: Pipeline, shard: Shard, dir: string, s: RunSettings): Promise<CorpusStats> {
  const hasher = inputsHasher(p.declared);
  const stats = emptyStats();
  const entries = corpusEntries(hashedArticles(p, hasher, s.progress), stats, { ...entryOptions(s), shard });
  await writePartial(dir, entries, () => ({
    format: 'newsfacts-partial/1',
    pipeline: p.name,
    shard,
    declared_sha256: declaredSha256(p),
    inputs_sha256: hasher.digest(),
    code: codeFingerprint(),
    stats,
  }));
  s.progress.done();
  return stats;
}

/** Combine the partial results of every shard into the release a single run makes. */
export async function mergeShards(p: Pipeline, dirs: string[], s: RunSettings): Promise<RunResult> {
  const headers = checkPartials(dirs, p.name, declaredSha256(p));
  const first = headers[0]!;
  const stats = emptyStats();
  for (const h of headers) {
    for (const k of Object.keys(stats) as (keyof typeof stats)[])
      stats[k] += k === 'articles' ? 0 : h.stats[k];
  }
  stats.articles = first.stats.articles;
  if (streamsRelease(p, s.inMemory)) {
    const result = await publishEntries(p, s, mergeEntries(dirs), () => first.inputs_sha256, first.code);
    return { ...result, upToDate: false, stats };
  }
  const assembler = new DatasetAssembler();
  for await (const e of mergeEntries(dirs)) assembler.add(e);
  const built = {
    dataset: finishDataset(p, assembler),
    texts: assembler.texts,
    inputsSha256: first.inputs_sha256,
  };
  const result = await publishBuilt(p, s, built, first.code);
  return { ...result, upToDate: false, stats };
}
