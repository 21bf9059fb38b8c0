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

/** The files a SHA256SUMS text lists (path → hash), or the problem with a line. */
export function parseSums(sums: string): Map<string, string> | string {
  const listed = new Map<string, string>();
  for (const line of sums.split('\n')) {
    if (line === '') continue;
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) return `SHA256SUMS: malformed line '${line.slice(0, 80)}'`;
    listed.set(m[2]!, m[1]!);
  }
  return listed;
}

/** Whether the folder holds the listed files, SHA256SUMS itself and nothing else: the first problem, or null. */
export function checkListing(dir: string, listed: ReadonlyMap<string, string>): string | null {
  const present = new Set(listFiles(dir));
  for (const path of [...present].sort())
    if (path !== 'SHA256SUMS' && !listed.has(path)) return `${path} is not listed in SHA256SUMS`;
  for (const path of listed.keys()) if (!present.has(path)) return `${path} is missing`;
  return null;
}

/** Reads files back: the first of `files` (path, hash) whose bytes have another hash, or null. */
export function checkHashes(dir: string, files: readonly (readonly [string, string])[]): string | null {
  for (const [path, want] of files)
    if (hashFile(join(dir, path)).sha256 !== want) return `${path} does not have the bytes that were written`;
  return null;
}
