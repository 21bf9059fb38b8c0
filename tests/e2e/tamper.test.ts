import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@newsfacts/cli';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, scratchProject } from '../helpers/cli.js';

/** `newsfacts verify` on a real release (the seed, built by `newsfacts run`) tampered in every way. */
const PIPELINE = 'kashmir-backchannel';
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

let project = '';
let release = '';
let root = '';
const copies: string[] = [];

beforeAll(() => {
  project = scratchProject(PIPELINE);
  const r = cli(['run', PIPELINE, '--json'], { cwd: project });
  expect(r.code, r.stderr).toBe(0);
  ({ dir: release, root_sha256: root } = JSON.parse(r.stdout));
});
afterAll(() => {
  for (const d of [project, ...copies]) rmSync(d, { recursive: true, force: true });
});

function files(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true })
    .flatMap((e) => {
      const path = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? files(dir, path) : [path];
    })
    .sort();
}

function copy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'newsfacts-tamper-')), '1.0.0');
  copies.push(dir);
  cpSync(release, dir, { recursive: true });
  return dir;
}

const verify = (dir: string, ...more: string[]) => cli(['verify', dir, ...more]);

/** The same command run in this process (the loops below run it ~70 times; a process each is slow). */
async function verifyHere(dir: string): Promise<number> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return await main(['node', 'newsfacts', 'verify', dir]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Rewrite SHA256SUMS for the files as they are now: what a careful forger does. */
function rewriteSums(dir: string): void {
  const lines = files(dir)
    .filter((p) => p !== 'SHA256SUMS')
    .map((p) => `${sha256(readFileSync(join(dir, p)))}  ${p}\n`);
  writeFileSync(join(dir, 'SHA256SUMS'), lines.join(''));
}

describe('verify catches tampering', () => {
  it('the untouched release verifies, with and without its root hash', () => {
    const plain = verify(release);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    const expected = verify(release, '--expect', root);
    expect(expected.code, expected.stdout + expected.stderr).toBe(0);
    expect(sha256(readFileSync(join(release, 'SHA256SUMS')))).toBe(root);
  });

  it('a changed byte in any file of the release', async () => {
    const dir = copy();
    const all = files(dir);
    expect(all.length).toBeGreaterThan(30);
    const missed: string[] = [];
    for (const path of all) {
      const full = join(dir, path);
      const original = readFileSync(full);
      const bytes = Buffer.from(original);
      // Empty files (the JSONL of an empty table) get a byte instead.
      if (bytes.length === 0) writeFileSync(full, 'x');
      else {
        const at = Math.floor(bytes.length / 2);
        bytes[at] = bytes[at]! ^ 0x01;
        writeFileSync(full, bytes);
      }
      const code = await verifyHere(dir);
      if (code !== 1) missed.push(`${path}: exit ${code}`);
      writeFileSync(full, original);
    }
    expect(missed).toEqual([]);
    expect(verify(dir).code).toBe(0);
  });

  it('a removed file (any of them)', async () => {
    for (const path of files(release)) {
      const dir = copy();
      unlinkSync(join(dir, path));
      if (path === 'datapackage.json') {
        // Without datapackage.json the folder is no release at all: a usage error (exit 2).
        expect(verify(dir).stderr).toMatch(/not a release folder/);
      } else expect(await verifyHere(dir), path).toBe(1);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an added file, at the top or under data/ and texts/', () => {
    for (const path of ['notes.txt', 'data/extra.csv', 'texts/other.txt']) {
      const dir = copy();
      writeFileSync(join(dir, path), 'a,b\n1,2\n');
      expect(verify(dir).code, path).toBe(1);
    }
  });

  it('an edited manifest, with or without a matching SHA256SUMS line', () => {
    const dir = copy();
    const path = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    manifest.counts.quotes += 1;
    writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    expect(verify(dir).code).toBe(1);
    rewriteSums(dir);
    expect(verify(dir).code).toBe(1);
  });

  it('a file changed together with its hash in SHA256SUMS, but not in datapackage.json', () => {
    const dir = copy();
    const path = join(dir, 'data/quotes.csv');
    const csv = readFileSync(path, 'utf8');
    const changed = csv.replace(/\n(quote:[0-9a-f]+),/, '\n$1x,');
    expect(changed).not.toBe(csv);
    writeFileSync(path, changed);
    rewriteSums(dir);
    const r = verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/data\/quotes\.csv/);
  });

  it('a release whose hash files were all rewritten passes alone, and fails against the expected root hash', () => {
    const dir = copy();
    // Change the data card and make every hash agree: manifest entry, then SHA256SUMS.
    const readme = join(dir, 'README.md');
    writeFileSync(readme, `${readFileSync(readme, 'utf8')}\nThis dataset is endorsed by nobody.\n`);
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const entry = manifest.files.find((f: { path: string }) => f.path === 'README.md');
    const bytes = readFileSync(readme);
    entry.bytes = bytes.length;
    entry.sha256 = sha256(bytes);
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    rewriteSums(dir);
    // Internally consistent: verify alone cannot tell (this is what --expect is for).
    expect(verify(dir).code).toBe(0);
    const r = verify(dir, '--expect', root);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/root/i);
  });
});
