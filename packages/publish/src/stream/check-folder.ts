import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hashFile } from '../hash-file.js';

function listFiles(dir: string, root = dir, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listFiles(p, root, out);
    else out.push(relative(root, p).split('\\').join('/'));
  }
  return out;
}

/**
 * Reads a written folder back: every file listed in `sums` (SHA256SUMS text) has that hash, and the
 * folder holds those files, SHA256SUMS itself and nothing else. Returns the first problem, or null.
 */
export function checkFolder(dir: string, sums: string): string | null {
  const listed = new Map<string, string>();
  for (const line of sums.split('\n')) {
    if (line === '') continue;
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) return `SHA256SUMS: malformed line '${line.slice(0, 80)}'`;
    listed.set(m[2]!, m[1]!);
  }
  for (const path of listFiles(dir).sort()) {
    if (path === 'SHA256SUMS') continue;
    const want = listed.get(path);
    if (want === undefined) return `${path} is not listed in SHA256SUMS`;
    if (hashFile(join(dir, path)).sha256 !== want) return `${path} does not have the bytes that were written`;
    listed.delete(path);
  }
  const missing = [...listed.keys()][0];
  return missing === undefined ? null : `${missing} is missing`;
}
