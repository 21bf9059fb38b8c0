import { sha256 } from '@newsfacts/evidence';
import { SCHEMA_VERSION, TABLE_NAMES, validateAgainst } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { corpusInput, sampleInput } from './fixtures/make-input.js';
import { buildReleaseFiles } from './index.js';

const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('buildReleaseFiles', () => {
  it('builds exactly the documented layout', async () => {
    const files = await buildReleaseFiles({ ...sampleInput(), version: '1.0.0' });
    const expected = [
      'CHANGELOG.md',
      'README.md',
      'SHA256SUMS',
      'datapackage.json',
      'index.html',
      'manifest.json',
      ...TABLE_NAMES.flatMap((t) => ['csv', 'json', 'jsonl'].map((e) => `data/${t}.${e}`)),
      'texts/sample.txt',
    ].sort();
    expect([...files.keys()].sort()).toEqual(expected);
    expect(text(files.get('data/quotes.csv'))).toContain("'=SUM(A1) is not a plan,");
  });

  it('is byte-identical when built twice, and SOURCE_DATE_EPOCH only changes manifest.created', async () => {
    const a = await buildReleaseFiles({ ...sampleInput(), version: '1.0.0' });
    const b = await buildReleaseFiles({ ...sampleInput(), version: '1.0.0' });
    expect([...b.entries()]).toEqual([...a.entries()]);
    const c = await buildReleaseFiles({ ...sampleInput(), version: '1.0.0', sourceDateEpoch: 1_700_000_000 });
    const differ = [...a.keys()].filter((p) => sha256(a.get(p)!) !== sha256(c.get(p)!));
    expect(differ).toEqual(['SHA256SUMS', 'manifest.json']);
    const ma = JSON.parse(text(a.get('manifest.json')));
    const mc = JSON.parse(text(c.get('manifest.json')));
    expect(ma.created).toBeNull();
    expect(mc.created).toBe('2023-11-14');
    expect({ ...mc, created: null }).toEqual(ma);
  });

  it('writes a manifest valid against its schema, covering every file but itself and SHA256SUMS', async () => {
    const files = await buildReleaseFiles({ ...sampleInput(), version: '1.2.3' });
    const manifest = JSON.parse(text(files.get('manifest.json')));
    expect(validateAgainst('manifest', manifest)).toEqual([]);
    expect(manifest.schema_version).toBe(SCHEMA_VERSION);
    expect(manifest.generator).toBe('newsfacts@1.0.0');
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(
      [...files.keys()].filter((p) => p !== 'manifest.json' && p !== 'SHA256SUMS').sort(),
    );
    for (const f of manifest.files) {
      expect(f.sha256).toBe(sha256(files.get(f.path)!));
      expect(f.bytes).toBe(files.get(f.path)!.byteLength);
    }
    expect(manifest.files.find((f: { path: string }) => f.path === 'data/mentions.csv').rows).toBe(3);
    expect(manifest.files.find((f: { path: string }) => f.path === 'README.md').rows).toBeNull();
    expect(manifest.counts).toMatchObject({ entities: 2, mentions: 3, quotes: 1, events: 1, redirects: 1 });
  });

  it('lists every other file in SHA256SUMS, sorted, in sha256sum format', async () => {
    const files = await buildReleaseFiles({ ...sampleInput(), version: '1.0.0' });
    const lines = text(files.get('SHA256SUMS')).trimEnd().split('\n');
    const paths = lines.map((l) => l.slice(66));
    expect(paths).toEqual([...files.keys()].filter((p) => p !== 'SHA256SUMS').sort());
    for (const l of lines) expect(l).toMatch(/^[0-9a-f]{64} {2}\S+$/);
  });

  it('ships only redistributable texts, and the data card states each source licence', async () => {
    const files = await buildReleaseFiles({
      ...corpusInput('c', { articles: 3, closed: [2] }),
      version: '1.0.0',
    });
    expect(files.has('texts/article-1.txt')).toBe(true);
    expect(files.has('texts/article-2.txt')).toBe(false);
    const manifest = JSON.parse(text(files.get('manifest.json')));
    expect(manifest.sources[1]).toMatchObject({ id: 'article-2', redistributable: false, text_path: null });
    const card = text(files.get('README.md'));
    expect(card).toContain('LicenseRef-All-Rights-Reserved');
    expect(card).toContain('Example Wire, Report 1');
    expect(card).toContain('[CC-BY-4.0](https://spdx.org/licenses/CC-BY-4.0.html)');
    expect(card).toContain('### quotes (3 rows)');
    expect(card).toContain('| `speaker_id` | string | yes (null) |');
    expect(card).toContain('newsfacts verify');
  });

  it('refuses a text that does not match its source', async () => {
    const input = sampleInput();
    await expect(
      buildReleaseFiles({ ...input, texts: new Map([['sample', 'other']]), version: '1.0.0' }),
    ).rejects.toThrow(/^release\/missing-text: /);
  });
});
