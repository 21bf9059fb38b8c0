import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { parseVersion } from '@newsfacts/schemas';
import { ReleaseError } from './release-error.js';
import { compareSemver } from './semver.js';
import { stringifyJson, utf8 } from './stringify-json.js';
import { writeFileAtomic } from './write-atomic.js';

export interface VersionEntry {
  version: string;
  root_sha256: string;
  withdrawn: { reason: string } | null;
}

/** datasets/<name>/versions.json */
export interface VersionsIndex {
  dataset: string;
  latest: string | null;
  versions: VersionEntry[];
}

async function readIndexFile(path: string): Promise<VersionsIndex | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ReleaseError('release/io', `${path}: ${(e as NodeJS.ErrnoException).code}`);
  }
  try {
    const index = JSON.parse(text) as VersionsIndex;
    if (!Array.isArray(index.versions)) throw new Error('no versions array');
    return index;
  } catch (e) {
    throw new ReleaseError('release/unreadable', `${path}: ${(e as Error).message}`);
  }
}

/** The latest version that is not withdrawn. */
export function latestOf(versions: readonly VersionEntry[]): string | null {
  return versions.filter((v) => !v.withdrawn).at(-1)?.version ?? null;
}

/**
 * The versions of a dataset: versions.json, reconciled with the version folders on disk. A folder is
 * only ever renamed into place complete and validated, so one missing from the index (a crash between
 * the rename and the index update) is added; entries without a folder are dropped.
 */
export async function loadVersions(datasetDir: string, name: string): Promise<VersionsIndex> {
  const stored = await readIndexFile(join(datasetDir, 'versions.json'));
  const known = new Map((stored?.versions ?? []).map((v) => [v.version, v]));
  let names: string[] = [];
  try {
    names = await readdir(datasetDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const versions: VersionEntry[] = [];
  for (const v of names.filter((n) => parseVersion(n) !== null).sort(compareSemver)) {
    const old = known.get(v);
    // The recorded root hash is kept: it is what was published, whatever the folder holds now.
    let root = old?.root_sha256;
    if (!root) {
      try {
        root = sha256(await readFile(join(datasetDir, v, 'SHA256SUMS')));
      } catch {
        throw new ReleaseError('release/unreadable', `${join(datasetDir, v)}: SHA256SUMS is missing`);
      }
    }
    versions.push({
      version: v,
      root_sha256: root,
      withdrawn: old?.withdrawn ? { reason: old.withdrawn.reason } : null,
    });
  }
  return { dataset: name, latest: latestOf(versions), versions };
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** Write versions.json and `latest` atomically, only when they differ from what is there. */
export async function saveVersions(datasetDir: string, index: VersionsIndex): Promise<void> {
  const json = stringifyJson({ dataset: index.dataset, latest: index.latest, versions: index.versions });
  const indexPath = join(datasetDir, 'versions.json');
  if ((await readOptional(indexPath)) !== json) await writeFileAtomic(indexPath, utf8(json));
  const latestPath = join(datasetDir, 'latest');
  if (index.latest === null) await rm(latestPath, { force: true });
  else if ((await readOptional(latestPath)) !== `${index.latest}\n`) {
    await writeFileAtomic(latestPath, utf8(`${index.latest}\n`));
  }
}
