import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Per-article results on disk: `<dir>/<2 hex>/<key>.json`, keyed by sha256(text), sha256(metadata) and
 * the code fingerprint. Written with a rename, so a killed run never leaves a half file to be read.
 */
export function articleCacheKey(textSha256: string, meta: unknown, code: string): string {
  const metaSha = createHash('sha256').update(JSON.stringify(meta)).digest('hex');
  return createHash('sha256').update(`${textSha256}\0${metaSha}\0${code}`).digest('hex');
}

const articleCachePath = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

/** The cached document JSON, or null. */
export function readCached(dir: string, key: string): string | null {
  try {
    return readFileSync(articleCachePath(dir, key), 'utf8');
  } catch {
    return null;
  }
}

export function writeCached(dir: string, key: string, json: string): void {
  const path = articleCachePath(dir, key);
  mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.floor(performance.now() * 1000)}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, path);
}
