import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { type Manifest, SCHEMA_VERSION } from '@newsfacts/schemas';
import { decideVersion } from './decide-version.js';
import type { ChangeSummary } from './diff-releases.js';
import { ReleaseError } from './release-error.js';
import { compareSemver } from './semver.js';
import { loadVersions, saveVersions, type VersionsIndex } from './versions-index.js';
import { syncDir } from './write-atomic.js';
import { writeDatasetsIndex } from './write-datasets-index.js';

export interface PublishResult {
  status: 'published' | 'unchanged';
  version: string;
  dir: string;
  rootSha256: string;
  counts: Manifest['counts'];
  /** Differences from the previous version, counted (empty when unchanged). */
  changes: ChangeSummary;
}

/** Moments of a publish, reported as they pass (crash tests kill the process right after one). */
export type PublishStage = 'built' | 'written' | 'validated' | 'renamed' | 'indexed';

export interface PublishOptions {
  onStage?: (stage: PublishStage) => void;
}

/** A release folder written beside the versions, not yet renamed into place. */
export interface WrittenRelease {
  dir: string;
  /** The bytes of its SHA256SUMS (the root of every other file). */
  sums: Uint8Array;
  counts: Manifest['counts'];
}

/**
 * What one release writer (in memory or streamed) has staged; `commitRelease` asks it for the diff,
 * the bytes and the checks, and does the rest the same way for both. `D` is the writer's diff.
 */
export interface StagedRelease<D> {
  /** Rebuilt as `version` against the published folder `base`, would it be exactly the folder `dir`? */
  matchesPublished(version: string, base: string | null, dir: string): Promise<boolean>;
  /** The changes since the published folder `base` (null: a first release). */
  diff(base: string | null): Promise<D>;
  summarize(diff: D): ChangeSummary;
  /** Writes every file as `version` into a temporary folder (stages 'built' and 'written'). */
  write(version: string, diff: D, stage: (s: PublishStage) => void): Promise<WrittenRelease>;
  /** Checks the written folder: a one-line summary of what is wrong, or null. */
  check(written: WrittenRelease): Promise<string | null>;
}

export interface CommitInput {
  datasetsDir: string;
  name: string;
  inputsSha256: string;
  /** An explicit version; it may only be higher than the latest. */
  version?: string;
}

async function finishIndexes(datasetsDir: string, datasetDir: string, name: string): Promise<void> {
  await saveVersions(datasetDir, await loadVersions(datasetDir, name));
  await writeDatasetsIndex(datasetsDir);
}

async function readManifest(dir: string): Promise<Manifest> {
  const text = await readFile(join(dir, 'manifest.json'), 'utf8');
  try {
    return JSON.parse(text) as Manifest;
  } catch (e) {
    throw new ReleaseError('release/unreadable', `${dir}/manifest.json: ${(e as Error).message}`);
  }
}

/** The published folder of the version before `version` (null for the first). */
function baseOf(datasetDir: string, index: VersionsIndex, version: string): string | null {
  const before = index.versions[index.versions.findIndex((v) => v.version === version) - 1];
  return before ? join(datasetDir, before.version) : null;
}

async function unchanged(input: CommitInput, datasetDir: string, version: string): Promise<PublishResult> {
  await finishIndexes(input.datasetsDir, datasetDir, input.name);
  const dir = join(datasetDir, version);
  return {
    status: 'unchanged',
    version,
    dir,
    rootSha256: sha256(await readFile(join(dir, 'SHA256SUMS'))),
    counts: (await readManifest(dir)).counts,
    changes: { from: version, tables: [] },
  };
}

/** An already published version given again: the same bytes are 'unchanged', others an error. */
async function recommit<D>(
  input: CommitInput & { version: string },
  staged: StagedRelease<D>,
  datasetDir: string,
  index: VersionsIndex,
): Promise<PublishResult> {
  const dir = join(datasetDir, input.version);
  if (!(await staged.matchesPublished(input.version, baseOf(datasetDir, index, input.version), dir)))
    throw new ReleaseError(
      'release/version-exists',
      `${input.name} ${input.version} is already published with other content`,
    );
  return unchanged(input, datasetDir, input.version);
}

/**
 * The one publish protocol of both writers: an explicit version already published must match it
 * byte for byte; the same inputs as the newest version give 'unchanged' when its bytes match; else the
 * version follows from the diff, the folder is written, checked, renamed into place and the indexes
 * (versions.json, `latest`, datasets/index.html) updated. A kill at any moment leaves whole versions only.
 */
export async function commitRelease<D>(
  input: CommitInput,
  staged: StagedRelease<D>,
  options: PublishOptions = {},
): Promise<PublishResult> {
  const stage = options.onStage ?? (() => {});
  const datasetDir = join(input.datasetsDir, input.name);
  const index = await loadVersions(datasetDir, input.name);
  const explicit = input.version;
  if (explicit !== undefined && index.versions.some((v) => v.version === explicit))
    return recommit({ ...input, version: explicit }, staged, datasetDir, index);
  const newest = index.versions.at(-1)?.version ?? null;
  const previousDir = newest ? join(datasetDir, newest) : null;
  const previous = previousDir ? await readManifest(previousDir) : null;
  if (
    previous &&
    explicit === undefined &&
    previous.inputs_sha256 === input.inputsSha256 &&
    (await staged.matchesPublished(newest!, baseOf(datasetDir, index, newest!), previousDir!))
  )
    return unchanged(input, datasetDir, newest!);
  const diff = await staged.diff(previousDir);
  const changes = staged.summarize(diff);
  const version = decideVersion(previous ? { manifest: previous } : null, changes, SCHEMA_VERSION, explicit);
  if (newest && compareSemver(version, newest) <= 0)
    throw new ReleaseError('release/version-not-higher', `version ${version} is not higher than ${newest}`);
  const written = await staged.write(version, diff, stage);
  const problem = await staged.check(written);
  stage('validated');
  if (problem) throw new ReleaseError('release/invalid-release', `${input.name} ${version}: ${problem}`);
  const target = join(datasetDir, version);
  await renameInto(written.dir, target, `${input.name} ${version}`);
  await syncDir(datasetDir);
  stage('renamed');
  await finishIndexes(input.datasetsDir, datasetDir, input.name);
  stage('indexed');
  const rootSha256 = sha256(written.sums);
  return { status: 'published', version, dir: target, rootSha256, counts: written.counts, changes };
}

/** The rename that publishes: a version that appeared meanwhile is refused, not overwritten. */
async function renameInto(from: string, target: string, label: string): Promise<void> {
  try {
    await rename(from, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST')
      throw new ReleaseError('release/version-exists', `${label} was published meanwhile`);
    throw new ReleaseError('release/io', `${target}: ${code ?? (e as Error).message}`);
  }
}
