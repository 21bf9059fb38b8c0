import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, scratchProject } from '../helpers/cli.js';
import { tree } from '../helpers/tree.js';

const projects: string[] = [];
afterAll(() => {
  for (const p of projects) rmSync(p, { recursive: true, force: true });
});

function project(): string {
  const p = scratchProject();
  projects.push(p);
  return p;
}

describe('newsfacts run (the main job)', () => {
  it('builds a release from the seed, prints where, the version, counts and changes, and verifies it', () => {
    const dir = project();
    const r = cli(['run', 'kashmir-backchannel'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\.0\.0 published: datasets\/kashmir-backchannel\/1\.0\.0/m);
    expect(r.stdout).toMatch(/counts: .*entities \d+/);
    expect(r.stdout).toMatch(/changes first release/);
    const verify = cli(['verify', join(dir, 'datasets/kashmir-backchannel/1.0.0')]);
    expect(verify.code).toBe(0);

    const again = cli(['run', 'kashmir-backchannel'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/1\.0\.0 up to date \(no work done\)/);
  });

  it('is reproducible: two fresh builds give byte-identical folders', () => {
    const a = project();
    const b = project();
    expect(cli(['run', 'kashmir-backchannel', '--quiet'], { cwd: a }).code).toBe(0);
    expect(cli(['run', 'kashmir-backchannel', '--quiet'], { cwd: b }).code).toBe(0);
    expect(tree(join(b, 'datasets'))).toEqual(tree(join(a, 'datasets')));
  });

  it('a curation change publishes a new version with a changelog, never rewriting the old one', () => {
    const dir = project();
    expect(cli(['run', 'kashmir-backchannel'], { cwd: dir }).code).toBe(0);
    const v1 = tree(join(dir, 'datasets/kashmir-backchannel/1.0.0'));
    const doc = JSON.parse(
      cli([
        'extract',
        join(dir, 'pipelines/kashmir-backchannel/kashmir-backchannel.txt'),
        '--id',
        'kashmir-backchannel',
      ]).stdout,
    );
    const quote = doc.quotes[0];
    const curationPath = join(dir, 'pipelines/kashmir-backchannel/curation.json');
    const curation = JSON.parse(readFileSync(curationPath, 'utf8'));
    curation.entries.push({ op: 'drop', id: quote.id, reason: 'test: a false positive' });
    writeFileSync(curationPath, JSON.stringify(curation));
    const r = cli(['run', 'kashmir-backchannel'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/published: datasets\/kashmir-backchannel\/1\.0\.1/);
    expect(r.stdout).toMatch(/quotes: \+0 -1/);
    expect(tree(join(dir, 'datasets/kashmir-backchannel/1.0.0'))).toEqual(v1);
    expect(readFileSync(join(dir, 'datasets/kashmir-backchannel/1.0.1/CHANGELOG.md'), 'utf8')).toContain(
      quote.id,
    );
  });

  it('a curation entry that matches nothing fails the run and publishes nothing', () => {
    const dir = project();
    const curationPath = join(dir, 'pipelines/kashmir-backchannel/curation.json');
    writeFileSync(
      curationPath,
      JSON.stringify({ entries: [{ op: 'rename', id: 'person:nobody', name: 'X', reason: 'stale' }] }),
    );
    const r = cli(['run', 'kashmir-backchannel'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/curation\.json#\/entries\/0: no entity 'person:nobody'/);
    expect(() => readdirSync(join(dir, 'datasets/kashmir-backchannel/1.0.0'))).toThrow();
  });
});

describe('newsfacts check', () => {
  it('passes on the committed releases: they are what the code produces now', () => {
    const r = cli(['check'], { cwd: ROOT });
    expect(r.stdout).toMatch(/^ok {3}kashmir-backchannel/m);
    expect(r.code).toBe(0);
  });
});

describe('newsfacts release (the release workflow)', () => {
  it('publishes, lists the files to attach, verifies with the root hash, and withdraws a version', () => {
    const dir = project();
    const r = cli(['release', 'kashmir-backchannel', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      version: string;
      dir: string;
      root_sha256: string;
      files: string[];
    };
    expect(out.version).toBe('1.0.0');
    expect(out.files).toEqual(
      expect.arrayContaining(['SHA256SUMS', 'datapackage.json', 'index.html', 'data/quotes.csv']),
    );
    expect(cli(['verify', out.dir, '--expect', out.root_sha256]).code).toBe(0);
    const withdraw = cli(
      ['release', 'kashmir-backchannel', '--withdraw', '1.0.0', '--reason', 'test: wrong speaker'],
      { cwd: dir },
    );
    expect(withdraw.code, withdraw.stderr).toBe(0);
    const index = JSON.parse(readFileSync(join(dir, 'datasets/kashmir-backchannel/versions.json'), 'utf8'));
    expect(index.versions[0].withdrawn).toEqual({ reason: 'test: wrong speaker' });
    expect(readdirSync(join(dir, 'datasets/kashmir-backchannel'))).toContain('1.0.0');
  });
});
