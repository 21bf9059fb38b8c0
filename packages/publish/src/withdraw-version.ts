import { join } from 'node:path';
import { ReleaseError } from './release-error.js';
import { assertDatasetName, assertVersion } from './semver.js';
import { latestOf, loadVersions, saveVersions } from './versions-index.js';
import { withIoErrors } from './with-io-errors.js';
import { writeDatasetsIndex } from './write-datasets-index.js';

/** Mark a version withdrawn with its reason; its folder stays, `latest` skips it. */
export async function withdrawVersion(
  datasetsDir: string,
  name: string,
  version: string,
  reason: string,
): Promise<void> {
  assertDatasetName(name);
  assertVersion(version);
  const why = typeof reason === 'string' ? reason.replace(/\s+/g, ' ').trim() : '';
  if (!why) throw new ReleaseError('release/invalid-reason', 'a withdrawal needs a reason');
  const dir = join(datasetsDir, name);
  await withIoErrors(() => mark(datasetsDir, dir, name, version, why));
}

async function mark(
  datasetsDir: string,
  dir: string,
  name: string,
  version: string,
  why: string,
): Promise<void> {
  const index = await loadVersions(dir, name);
  const entry = index.versions.find((v) => v.version === version);
  if (!entry) throw new ReleaseError('release/unknown-version', `${name} has no version ${version}`);
  entry.withdrawn = { reason: why };
  index.latest = latestOf(index.versions);
  await saveVersions(dir, index);
  await writeDatasetsIndex(datasetsDir);
}
