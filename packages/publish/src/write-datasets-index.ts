import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareStrings } from '@newsfacts/tables';
import { renderDatasetsIndex } from '@newsfacts/viewer';
import { ReleaseError } from './release-error.js';
import { utf8 } from './stringify-json.js';
import { loadVersions } from './versions-index.js';
import { writeFileAtomic } from './write-atomic.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

async function titleOf(dir: string, fallback: string): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { title?: unknown };
    return typeof manifest.title === 'string' ? manifest.title : fallback;
  } catch {
    return fallback;
  }
}

/** datasets/index.html: every dataset with its versions (viewer), written atomically. */
export async function writeDatasetsIndex(datasetsDir: string): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(datasetsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && SLUG.test(e.name))
      .map((e) => e.name)
      .sort(compareStrings);
  } catch (e) {
    throw new ReleaseError('release/io', `${datasetsDir}: ${(e as NodeJS.ErrnoException).code}`);
  }
  const entries = [];
  for (const name of names) {
    const index = await loadVersions(join(datasetsDir, name), name);
    if (index.versions.length === 0) continue;
    const shown = index.latest ?? index.versions.at(-1)!.version;
    entries.push({
      dataset: name,
      title: await titleOf(join(datasetsDir, name, shown), name),
      latest: index.latest,
      versions: index.versions.map((v) => ({
        version: v.version,
        rootSha256: v.root_sha256,
        withdrawn: v.withdrawn?.reason ?? null,
      })),
    });
  }
  await writeFileAtomic(join(datasetsDir, 'index.html'), utf8(renderDatasetsIndex(entries)));
}
