import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleDigest, freshBundle } from './worker-entry.js';

describe('the bundled article worker', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("the build's bundle is fresh (the build script and the runtime check hash alike), so worker pools run it", () => {
    const bundle = new URL('../../dist/article-worker.cjs', import.meta.url);
    expect(freshBundle(bundle)?.href).toBe(bundle.href);
  });

  it('is not used without its list of files, nor once a file it was made from changed or is gone', () => {
    dir = mkdtempSync(join(tmpdir(), 'newsfacts-bundle-'));
    const write = (rel: string, text: string) => writeFileSync(join(dir, rel), text);
    mkdirSync(join(dir, 'dist'));
    write('a.js', 'a');
    write('b.js', 'b');
    write('dist/worker.cjs', '');
    const bundle = pathToFileURL(join(dir, 'dist', 'worker.cjs'));
    expect(freshBundle(bundle)).toBeNull();
    const inputs = ['../a.js', '../b.js'];
    write('dist/worker.cjs.json', JSON.stringify({ sha256: bundleDigest(bundle, inputs), inputs }));
    expect(freshBundle(bundle)?.href).toBe(bundle.href);
    write('a.js', 'A');
    expect(freshBundle(bundle)).toBeNull();
    write('a.js', 'a');
    rmSync(join(dir, 'b.js'));
    expect(freshBundle(bundle)).toBeNull();
  });
});
