import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The no-work key of a pipeline's last successful publish: inputs hash, code fingerprint, SOURCE_DATE_EPOCH
 * and the version published. A run whose key is the same does nothing. Kept in <root>/.cache/newsfacts
 * (never published, not committed).
 */

const cacheDir = (root: string) => join(root, '.cache', 'newsfacts');
const keyFile = (root: string, name: string) => join(cacheDir(root), `${name}.run-key`);

/** Where workers keep each article's result (by the text's sha256 and the code fingerprint). */
export const articleCacheDir = (root: string) => join(cacheDir(root), 'articles');

export function runKey(inputsSha256: string, code: string, epoch: number | null, version: string): string {
  return `${inputsSha256} ${code} ${epoch ?? ''} ${version}`;
}

export function readRunKey(root: string, name: string): string | null {
  try {
    return readFileSync(keyFile(root, name), 'utf8').trim();
  } catch {
    return null;
  }
}

export function writeRunKey(root: string, name: string, key: string): void {
  mkdirSync(cacheDir(root), { recursive: true });
  writeFileSync(keyFile(root, name), `${key}\n`);
}
