import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { type Manifest, SCHEMA_VERSION } from '@newsfacts/schemas';
import { toRows } from '@newsfacts/tables';
import { validateDataset, validateRelease } from '@newsfacts/validate';
import { buildReleaseFiles, currentColumns } from './build-release-files.js';
import { decideVersion } from './decide-version.js';
import { type ChangeSummary, diffReleases, summarizeDiff } from './diff-releases.js';
import { readFiles } from './read-files.js';
import { readRelease } from './read-release.js';
import { ReleaseError } from './release-error.js';
import type { ReleaseInput } from './release-input.js';
import type { ReleaseSnapshot } from './release-snapshot.js';
import { removeStaleTemps } from './remove-stale-temps.js';
import { assertDatasetName, assertVersion, compareSemver } from './semver.js';
import { summarizeReport } from './summarize-report.js';
import { textPathFor } from './text-path.js';
import { loadVersions, saveVersions, type VersionsIndex } from './versions-index.js';
import { withIoErrors } from './with-io-errors.js';
import { syncDir, tempName, writeFolder } from './write-atomic.js';
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

function sameFiles(a: ReadonlyMap<string, Uint8Array>, b: ReadonlyMap<string, Uint8Array>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, bytes] of a) {
    const other = b.get(path);
    if (!other || Buffer.compare(Buffer.from(bytes), Buffer.from(other)) !== 0) return false;
  }
  return true;
}

/** Rebuild a published version from the input (with the version before it) and compare bytes. */
async function matchesPublished(
  dir: string,
  index: VersionsIndex,
  version: string,
  input: ReleaseInput,
): Promise<boolean> {
  const position = index.versions.findIndex((v) => v.version === version);
  const before = index.versions[position - 1];
  const previous = before ? await readRelease(join(dir, before.version)) : null;
  const built = await buildReleaseFiles({ ...input, version, previous });
  return sameFiles(built, await readFiles(join(dir, version)));
}

function unchanged(dir: string, snapshot: ReleaseSnapshot): PublishResult {
  return {
    status: 'unchanged',
    version: snapshot.manifest.version,
    dir,
    rootSha256: snapshot.rootSha256,
    counts: snapshot.manifest.counts,
    changes: summarizeDiff(diffReleases(snapshot, snapshot)),
  };
}

export async function finishIndexes(datasetsDir: string, datasetDir: string, name: string): Promise<void> {
  await saveVersions(datasetDir, await loadVersions(datasetDir, name));
  await writeDatasetsIndex(datasetsDir);
}

/**
 * Publish a dataset as datasets/<name>/<version>/: validate the records, build every file in memory,
 * write them to a temp folder beside the target, validate that folder, rename it into place, then
 * update versions.json, `latest` and datasets/index.html. A kill at any moment leaves whole versions only.
 */
export function publishRelease(
  datasetsDir: string,
  input: ReleaseInput,
  options: PublishOptions = {},
): Promise<PublishResult> {
  return withIoErrors(() => publish(datasetsDir, input, options));
}

async function publish(
  datasetsDir: string,
  input: ReleaseInput,
  options: PublishOptions,
): Promise<PublishResult> {
  const stage = options.onStage ?? (() => {});
  assertDatasetName(input.name);
  if (input.version !== undefined) assertVersion(input.version);
  const report = validateDataset(input.dataset, input.texts);
  if (!report.valid) {
    throw new ReleaseError('release/invalid-dataset', `${input.name}: ${summarizeReport(report)}`);
  }

  const datasetDir = join(datasetsDir, input.name);
  await mkdir(datasetDir, { recursive: true });
  await removeStaleTemps(datasetDir);
  const index = await loadVersions(datasetDir, input.name);
  const newest = index.versions.at(-1)?.version ?? null;

  if (input.version !== undefined && index.versions.some((v) => v.version === input.version)) {
    const dir = join(datasetDir, input.version);
    if (!(await matchesPublished(datasetDir, index, input.version, input))) {
      throw new ReleaseError(
        'release/version-exists',
        `${input.name} ${input.version} is already published with other content`,
      );
    }
    await finishIndexes(datasetsDir, datasetDir, input.name);
    return unchanged(dir, await readRelease(dir));
  }

  const previous = newest ? await readRelease(join(datasetDir, newest)) : null;
  if (
    previous &&
    input.version === undefined &&
    previous.manifest.inputs_sha256 === input.inputsSha256 &&
    (await matchesPublished(datasetDir, index, newest!, input))
  ) {
    await finishIndexes(datasetsDir, datasetDir, input.name);
    return unchanged(previous.dir, previous);
  }

  const textPaths = new Map(
    input.dataset.sources.map((s) => [s.id, s.redistributable ? textPathFor(s.id) : null]),
  );
  const changes = summarizeDiff(
    diffReleases(previous, {
      tables: toRows(input.dataset, textPaths),
      columns: currentColumns(),
    }),
  );
  const version = decideVersion(previous, changes, SCHEMA_VERSION, input.version);
  if (newest && compareSemver(version, newest) <= 0) {
    throw new ReleaseError('release/version-not-higher', `version ${version} is not higher than ${newest}`);
  }
  const files = await buildReleaseFiles({ ...input, version, previous });
  stage('built');

  const tmp = join(datasetDir, tempName(version));
  const target = join(datasetDir, version);
  try {
    await writeFolder(tmp, files);
    stage('written');
    const check = await validateRelease(tmp, { texts: input.texts });
    stage('validated');
    if (!check.valid) {
      throw new ReleaseError(
        'release/invalid-release',
        `${input.name} ${version}: ${summarizeReport(check)}`,
      );
    }
    try {
      await rename(tmp, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') {
        throw new ReleaseError('release/version-exists', `${input.name} ${version} was published meanwhile`);
      }
      throw new ReleaseError('release/io', `${target}: ${code ?? (e as Error).message}`);
    }
    await syncDir(datasetDir);
    stage('renamed');
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  await finishIndexes(datasetsDir, datasetDir, input.name);
  stage('indexed');
  // The folder holds exactly these bytes (validated above), so the summary comes from them, not a re-read.
  const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString('utf8')) as Manifest;
  return {
    status: 'published',
    version,
    dir: target,
    rootSha256: sha256(files.get('SHA256SUMS')!),
    counts: manifest.counts,
    changes,
  };
}
