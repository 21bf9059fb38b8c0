import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareStrings } from '@newsfacts/tables';

/** Every regular file under a folder by '/'-separated relative path, sorted (symlinks are not followed). */
export async function readFiles(dir: string): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(join(dir, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => compareStrings(a.name, b.name))) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) out.set(path, new Uint8Array(await readFile(join(dir, path))));
    }
  }
  await walk('');
  return new Map([...out.keys()].sort(compareStrings).map((p) => [p, out.get(p)!]));
}
