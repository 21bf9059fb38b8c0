import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/make-input.js';
import { verifyInWorkers } from './run-in-worker.js';

/** A folder of files and its SHA256SUMS text (the file itself not written). */
async function folder(files: Record<string, string>): Promise<{ dir: string; sums: string }> {
  const dir = await tempDir('check-folder');
  mkdirSync(join(dir, 'data'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  const sums = Object.entries(files)
    .map(([path, text]) => `${sha256(text)}  ${path}\n`)
    .join('');
  writeFileSync(join(dir, 'SHA256SUMS'), sums);
  return { dir, sums };
}

describe('verifyInWorkers', () => {
  const files = {
    'README.md': 'hello\n',
    'data/a.csv': 'x\n'.repeat(5000),
    'data/b.csv': 'y\n'.repeat(3000),
    'data/c.csv': 'z\n'.repeat(2000),
  };

  it('passes a folder holding exactly the listed files with their bytes', async () => {
    const { dir, sums } = await folder(files);
    expect(await verifyInWorkers(dir, sums)).toBeNull();
  });

  it('finds a changed file in whichever lane reads it, an extra file, a missing one, a bad line', async () => {
    for (const path of Object.keys(files)) {
      const { dir, sums } = await folder(files);
      writeFileSync(join(dir, path), 'other bytes\n');
      expect(await verifyInWorkers(dir, sums)).toBe(`${path} does not have the bytes that were written`);
    }
    const extra = await folder(files);
    writeFileSync(join(extra.dir, 'data/d.csv'), 'd\n');
    expect(await verifyInWorkers(extra.dir, extra.sums)).toBe('data/d.csv is not listed in SHA256SUMS');
    const missing = await folder(files);
    rmSync(join(missing.dir, 'data/b.csv'));
    expect(await verifyInWorkers(missing.dir, missing.sums)).toBe('data/b.csv is missing');
    const bad = await folder(files);
    expect(await verifyInWorkers(bad.dir, `${bad.sums}nonsense\n`)).toBe(
      "SHA256SUMS: malformed line 'nonsense'",
    );
  });
});
