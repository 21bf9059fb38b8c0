import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from './fixtures/make-corpus.js';
import { corpusInput, tempDir } from './fixtures/make-input.js';
import { publishRelease, verifyRelease } from './index.js';

let release = '';
let root = '';
let work = '';
let n = 0;

async function copy(): Promise<string> {
  const dir = join(work, `copy-${n++}`);
  await cp(release, dir, { recursive: true });
  return dir;
}

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, p)));
    else out.push(p);
  }
  return out.sort();
}

async function edit(dir: string, path: string, change: (s: string) => string): Promise<void> {
  const before = await readFile(join(dir, path), 'utf8');
  const after = change(before);
  expect(after, `edit of ${path} changed nothing`).not.toBe(before);
  await writeFile(join(dir, path), after);
}

/** Rewrite every hash of a file in SHA256SUMS, manifest.json and datapackage.json, as a careful forger would. */
async function rehash(dir: string, path: string, alsoManifest = true, alsoDatapackage = true): Promise<void> {
  const bytes = await readFile(join(dir, path));
  const hex = sha256(bytes);
  if (alsoDatapackage) {
    const pkg = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8'));
    for (const r of pkg.resources)
      if (r.path === path) Object.assign(r, { bytes: bytes.byteLength, hash: `sha256:${hex}` });
    await writeFile(join(dir, 'datapackage.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  }
  if (alsoManifest) {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    for (const name of alsoDatapackage ? [path, 'datapackage.json'] : [path]) {
      const b = await readFile(join(dir, name));
      for (const f of manifest.files)
        if (f.path === name) Object.assign(f, { bytes: b.byteLength, sha256: sha256(b) });
    }
    await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  const sums = [];
  for (const p of (await listFiles(dir)).filter((x) => x !== 'SHA256SUMS'))
    sums.push(`${sha256(await readFile(join(dir, p)))}  ${p}\n`);
  await writeFile(join(dir, 'SHA256SUMS'), sums.join(''));
}

const expectInvalid = async (dir: string, opts = {}) => {
  const report = await verifyRelease(dir, opts);
  expect(report.valid, 'tampering went unnoticed').toBe(false);
  return report;
};

describe('verifyRelease catches tampering', () => {
  beforeAll(async () => {
    root = await tempDir('verify');
    work = await tempDir('verify-work');
    release = (await publishRelease(root, corpusInput('talks', { articles: 2, closed: [2] }))).dir;
  });

  it('accepts a release with a withheld text when no texts are supplied', async () => {
    expect((await verifyRelease(release)).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('accepts the release as published with the withheld text supplied, and catches a wrong one', async () => {
    const texts = makeCorpus({ articles: 2, closed: [2] }).texts;
    expect((await verifyRelease(release, { texts })).valid).toBe(true);
    const wrong = new Map([...texts, ['article-2', texts.get('article-2')!.replace('Geneva', 'Genf')]]);
    await expectInvalid(release, { texts: wrong });
  });

  it('a flipped byte in any file', async () => {
    for (const path of await listFiles(release)) {
      const dir = await copy();
      const bytes = await readFile(join(dir, path));
      const at = Math.floor(bytes.length / 2);
      // an empty file (the JSONL of an empty table) has no byte to flip: give it one
      const changed = bytes.length === 0 ? Buffer.from([0x0a]) : bytes.fill(bytes[at]! ^ 0x01, at, at + 1);
      await writeFile(join(dir, path), changed);
      const report = await verifyRelease(dir);
      expect(report.valid, `flipped byte in ${path}`).toBe(false);
    }
  });

  it('a removed row and an edited cell', async () => {
    const removed = await copy();
    await edit(removed, 'data/quotes.csv', (s) => `${s.trimEnd().split('\n').slice(0, -1).join('\n')}\n`);
    await expectInvalid(removed);
    const edited = await copy();
    await edit(edited, 'data/entities.csv', (s) => s.replace('Jane Roe', 'Jane Doe'));
    await expectInvalid(edited);
  });

  it('an added or removed file', async () => {
    const added = await copy();
    await writeFile(join(added, 'data', 'extra.csv'), 'id\n1\n');
    await expectInvalid(added);
    const removed = await copy();
    await rm(join(removed, 'data', 'events.jsonl'));
    await expectInvalid(removed);
  });

  it('an edited manifest', async () => {
    const dir = await copy();
    await edit(dir, 'manifest.json', (s) => s.replace('"license": "CC-BY-4.0"', '"license": "CC0-1.0"'));
    await expectInvalid(dir);
  });

  it('a file changed together with its hash in SHA256SUMS but not in datapackage.json', async () => {
    const dir = await copy();
    await edit(dir, 'data/entities.csv', (s) => s.replace('Jane Roe', 'Jane Doe'));
    await rehash(dir, 'data/entities.csv', true, false);
    await expectInvalid(dir);
  });

  it('with the expected root hash: a release whose hash files were all rewritten together', async () => {
    const dir = await copy();
    for (const ext of ['csv', 'json', 'jsonl']) {
      await edit(dir, `data/entities.${ext}`, (s) => s.replaceAll('Max Park1', 'Max Parks'));
      await rehash(dir, `data/entities.${ext}`);
    }
    const expected = sha256(await readFile(join(release, 'SHA256SUMS')));
    const report = await expectInvalid(dir, { expectRootSha256: expected });
    expect(report.problems.some((p) => p.file === 'SHA256SUMS')).toBe(true);
  });
});
