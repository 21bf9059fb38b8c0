import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The worker module and every module it imports in one CommonJS file, made by the build
 * (scripts/bundle-worker.mjs), with `article-worker.cjs.json` beside it: the files it bundled (paths from
 * its folder) and the sha256 of their paths and bytes.
 */
const BUNDLE = new URL('../article-worker.cjs', import.meta.url);
const MODULE = new URL('./article-worker.js', import.meta.url);

interface BundleInputs {
  sha256: string;
  inputs: string[];
}

/** sha256 of the bundled files, each path (from the bundle's folder) then its bytes; the build script hashes alike. */
export function bundleDigest(bundle: URL, inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const p of inputs) hash.update(`${p}\0`).update(readFileSync(new URL(p, bundle)));
  return hash.digest('hex');
}

/** The bundle when the files it was made from are on disk unchanged, else null. */
export function freshBundle(bundle: URL): URL | null {
  try {
    const made = JSON.parse(readFileSync(new URL(`${bundle.href}.json`), 'utf8')) as BundleInputs;
    return bundleDigest(bundle, made.inputs) === made.sha256 ? bundle : null;
  } catch {
    return null; // no bundle (the TypeScript sources, a build without it) or a file it names is gone
  }
}

let chosen: URL | undefined;

/**
 * The file each worker thread of the pool runs: the bundle, which a worker compiles as one script instead
 * of loading ~520 ES modules one by one (~0.2-0.35 s less CPU per worker, docs/scale.md "Worker
 * compilation"), when it is as fresh as the modules it holds; else the worker module itself (a package
 * rebuilt alone, without the runner, leaves the bundle stale). Checked once per process: reading and
 * hashing the ~2 MB of bundled files takes ~10 ms.
 */
export function articleWorkerUrl(): URL {
  chosen ??= freshBundle(BUNDLE) ?? MODULE;
  return chosen;
}
