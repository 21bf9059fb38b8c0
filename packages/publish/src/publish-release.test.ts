import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { describe, expect, it } from 'vitest';
import { corpusInput, sampleInput, tempDir } from './fixtures/make-input.js';
import { publishRelease, ReleaseError, readRelease, verifyRelease, withdrawVersion } from './index.js';

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('publishRelease', () => {
  it('publishes 1.0.0 with versions.json, latest and datasets/index.html; sha256sum -c passes', async () => {
    const root = await tempDir('first');
    const result = await publishRelease(root, sampleInput());
    expect(result).toMatchObject({
      status: 'published',
      version: '1.0.0',
      dir: join(root, 'sample', '1.0.0'),
    });
    expect(result.counts).toMatchObject({ quotes: 1 });
    const sums = await readFile(join(result.dir, 'SHA256SUMS'));
    expect(result.rootSha256).toBe(sha256(sums));
    expect(await readJson(join(root, 'sample', 'versions.json'))).toEqual({
      dataset: 'sample',
      latest: '1.0.0',
      versions: [{ version: '1.0.0', root_sha256: result.rootSha256, withdrawn: null }],
    });
    expect(await readFile(join(root, 'sample', 'latest'), 'utf8')).toBe('1.0.0\n');
    expect(existsSync(join(root, 'index.html'))).toBe(true);
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: result.dir, encoding: 'utf8' });
    expect(
      out
        .trim()
        .split('\n')
        .every((l) => l.endsWith(': OK')),
    ).toBe(true);
    expect((await verifyRelease(result.dir, { expectRootSha256: result.rootSha256 })).valid).toBe(true);
    expect((await readdir(join(root, 'sample'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('is a no-op for identical input, and refuses other content under an existing version', async () => {
    const root = await tempDir('again');
    const first = await publishRelease(root, sampleInput());
    const before = await readFile(join(root, 'sample', 'versions.json'));
    const again = await publishRelease(root, sampleInput());
    expect(again).toMatchObject({ status: 'unchanged', version: '1.0.0', rootSha256: first.rootSha256 });
    expect(await readFile(join(root, 'sample', 'versions.json'))).toEqual(before);
    const explicit = await publishRelease(root, { ...sampleInput(), version: '1.0.0' });
    expect(explicit.status).toBe('unchanged');
    const other = { ...sampleInput(), version: '1.0.0', inputsSha256: 'f'.repeat(64) };
    await expect(publishRelease(root, other)).rejects.toThrow(/^release\/version-exists: sample 1\.0\.0 /);
    await expect(publishRelease(root, other)).rejects.toMatchObject({ code: 'release/version-exists' });
  });

  it('decides versions from the changes and writes a record-by-record changelog', async () => {
    const root = await tempDir('versions');
    const v1 = await publishRelease(root, corpusInput('talks', { articles: 2 }));
    const v2 = await publishRelease(root, corpusInput('talks', { articles: 2, corrected: [2] }));
    expect([v1.version, v2.version]).toEqual(['1.0.0', '1.0.1']);
    const log = await readFile(join(v2.dir, 'CHANGELOG.md'), 'utf8');
    expect(log).toContain('Changes since 1.0.0.');
    expect(log).toContain('`quote:2`: text `=Talks 2 went well,` → `=Talks 2 went badly,`');
    const v3 = await publishRelease(root, corpusInput('talks', { articles: 3, corrected: [2] }));
    expect(v3.version).toBe('1.1.0');
    expect(await readFile(join(v3.dir, 'CHANGELOG.md'), 'utf8')).toMatch(
      /## quotes\n\n- Added \(1\):\n {2}- `quote:3`/,
    );
    const v4 = await publishRelease(root, { ...corpusInput('talks', { articles: 4 }), version: '2.0.0' });
    expect(v4.version).toBe('2.0.0');
    await expect(
      publishRelease(root, { ...corpusInput('talks', { articles: 5 }), version: '1.5.0' }),
    ).rejects.toThrow(/^release\/version-not-higher: /);
    // older versions are untouched
    expect(sha256(await readFile(join(v1.dir, 'SHA256SUMS')))).toBe(v1.rootSha256);
    const snapshot = await readRelease(v3.dir);
    expect(snapshot.manifest.version).toBe('1.1.0');
    expect(snapshot.tables.quotes).toHaveLength(3);
  });

  it('withdraws a version: its folder stays, latest skips it', async () => {
    const root = await tempDir('withdraw');
    await publishRelease(root, corpusInput('talks', { articles: 1 }));
    await publishRelease(root, corpusInput('talks', { articles: 2 }));
    await withdrawVersion(root, 'talks', '1.1.0', 'quote:2 attributed to the wrong person');
    const index = await readJson(join(root, 'talks', 'versions.json'));
    expect(index.latest).toBe('1.0.0');
    expect(index.versions[1]).toMatchObject({
      version: '1.1.0',
      withdrawn: { reason: 'quote:2 attributed to the wrong person' },
    });
    expect(await readFile(join(root, 'talks', 'latest'), 'utf8')).toBe('1.0.0\n');
    expect(existsSync(join(root, 'talks', '1.1.0', 'manifest.json'))).toBe(true);
    expect(await readFile(join(root, 'index.html'), 'utf8')).toContain('wrong person');
    await expect(withdrawVersion(root, 'talks', '9.9.9', 'x')).rejects.toThrow(/^release\/unknown-version: /);
    const next = await publishRelease(root, corpusInput('talks', { articles: 3 }));
    expect(next.version).toBe('1.2.0');
    expect((await readJson(join(root, 'talks', 'versions.json'))).latest).toBe('1.2.0');
  });

  it('rejects bad names and versions before touching the file system', async () => {
    const root = join(await tempDir('names'), 'not-created');
    for (const name of ['../x', 'a/b', 'A', '', '.', 'x..y']) {
      await expect(publishRelease(root, sampleInput(name))).rejects.toMatchObject({
        code: 'release/invalid-name',
      });
    }
    for (const version of ['../1.0.0', '1.0', '1.0.0/x', 'v1.0.0', '01.0.0']) {
      await expect(publishRelease(root, { ...sampleInput(), version })).rejects.toMatchObject({
        code: 'release/invalid-version',
      });
    }
    await expect(withdrawVersion(root, '../etc', '1.0.0', 'x')).rejects.toBeInstanceOf(ReleaseError);
    expect(existsSync(root)).toBe(false);
  });

  it('writes nothing for an invalid dataset', async () => {
    const root = await tempDir('invalid');
    const input = sampleInput();
    const quote = input.dataset.quotes[0]!;
    input.dataset.quotes[0] = { ...quote, evidence: { ...quote.evidence, exact: 'not in the text' } };
    await expect(publishRelease(root, input)).rejects.toThrow(/^release\/invalid-dataset: sample: \d+ error/);
    expect(await readdir(root)).toEqual([]);
  });

  it('removes the temp folders of a crashed run and indexes a version renamed just before a crash', async () => {
    const root = await tempDir('stale');
    const first = await publishRelease(root, sampleInput());
    const stale = join(root, 'sample', '.tmp-1.0.1-999999999-abcd');
    await mkdir(join(stale, 'data'), { recursive: true });
    await writeFile(join(stale, 'data', 'half.csv'), 'id\n');
    await writeFile(
      join(root, 'sample', 'versions.json'),
      '{"dataset":"sample","latest":null,"versions":[]}\n',
    );
    const again = await publishRelease(root, sampleInput());
    expect(again.status).toBe('unchanged');
    expect(existsSync(stale)).toBe(false);
    expect((await readJson(join(root, 'sample', 'versions.json'))).versions).toEqual([
      { version: '1.0.0', root_sha256: first.rootSha256, withdrawn: null },
    ]);
  });
});

describe('a merge', () => {
  it('is a patch whose changelog lists the retired id and its redirect', async () => {
    const root = await tempDir('merge');
    await publishRelease(root, corpusInput('talks', { articles: 2 }));
    const input = corpusInput('talks', { articles: 2 });
    const ds = input.dataset;
    const gone = ds.entities.find((e) => e.id === 'person:max-park1')!;
    ds.entities = ds.entities.filter((e) => e !== gone);
    ds.entities.find((e) => e.id === 'person:jane-roe')!.mentions.push(...gone.mentions);
    for (const v of ds.events)
      for (const p of v.participants) if (p.entity === gone.id) p.entity = 'person:jane-roe';
    ds.redirects.push({
      old_id: gone.id,
      new_id: 'person:jane-roe',
      kind: 'entity',
      reason: 'merge: same person',
    });
    const result = await publishRelease(root, { ...input, inputsSha256: 'a'.repeat(64) });
    expect(result.version).toBe('1.0.1');
    const log = await readFile(join(result.dir, 'CHANGELOG.md'), 'utf8');
    expect(log).toMatch(
      /- Removed \(1\):\n {2}- `person:max-park1` “Max Park1” → `person:jane-roe` \(merge: same person\)/u,
    );
    expect(log).toContain(
      '## Retired ids\n\n- `person:max-park1` → `person:jane-roe` (entity, merge: same person)',
    );
    expect(log).toContain('- `mention:1-park`: entity_id `person:max-park1` → `person:jane-roe`');
  });
});

describe('errors', () => {
  it('are one line with a stable code, also for file-system failures', async () => {
    const file = join(await tempDir('io'), 'a-file');
    await writeFile(file, 'not a folder');
    const error = await publishRelease(file, sampleInput()).catch((e) => e);
    expect(error).toBeInstanceOf(ReleaseError);
    expect(error.code).toBe('release/io');
    expect(error.message).not.toContain('\n');
    await expect(
      publishRelease(await tempDir('epoch'), { ...sampleInput(), sourceDateEpoch: -1 }),
    ).rejects.toMatchObject({
      code: 'release/invalid-date',
    });
  });
});
