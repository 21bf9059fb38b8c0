import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR } from '@newsfacts/normalize';
import { SCHEMA_VERSION } from '@newsfacts/schemas';

/** Packages whose code or data decide what a release contains. */
const PRODUCERS = [
  'schemas',
  'evidence',
  'gazetteer',
  'extract',
  'normalize',
  'tables',
  'validate',
  'viewer',
  'publish',
];

function addTree(hash: Hash, dir: string, rel: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) addTree(hash, full, `${rel}/${name}`);
    else if (!name.endsWith('.map') && !name.endsWith('.d.ts'))
      hash.update(`${rel}/${name}\0`).update(readFileSync(full));
  }
}

let cached: string | undefined;

/**
 * SHA-256 of the built code and data of every package that shapes a release. It keys the local
 * no-work cache only: releases record inputs_sha256 (data + generator version), so a refactor that
 * changes no output changes no published byte.
 */
export function codeFingerprint(): string {
  if (cached) return cached;
  const packages = fileURLToPath(new URL('../../../', import.meta.url));
  const hash = createHash('sha256');
  for (const p of PRODUCERS) {
    addTree(hash, join(packages, p, 'dist'), `${p}/dist`);
    addTree(hash, join(packages, p, 'data'), `${p}/data`);
    addTree(hash, join(packages, p, 'schemas'), `${p}/schemas`);
  }
  cached = hash.digest('hex');
  return cached;
}

/** Hash of a pipeline's inputs: generator and schema versions, declared files, every text and its metadata. */
export function inputsHasher(declared: readonly Buffer[]): {
  add(text: string, meta: unknown): void;
  digest(): string;
} {
  const hash = createHash('sha256').update(`${GENERATOR}\0${SCHEMA_VERSION}\0`);
  for (const b of declared) hash.update(createHash('sha256').update(b).digest('hex'));
  return {
    add(text, meta) {
      hash.update(createHash('sha256').update(text).digest('hex')).update(JSON.stringify(meta));
    },
    digest: () => hash.digest('hex'),
  };
}
