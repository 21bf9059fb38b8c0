import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { sha256 } from '@newsfacts/evidence';
import { SCHEMA_VERSION, TABLE_NAMES } from '@newsfacts/schemas';
import { columnsOf } from '@newsfacts/tables';
import { readParquetRows, validateRelease } from '@newsfacts/validate';
import { describe, expect, it } from 'vitest';
import { docsOf } from './fixtures/docs-of.js';
import { CORPUS_META, makeCorpus } from './fixtures/make-corpus.js';
import { inputOf, tempDir } from './fixtures/make-input.js';
import { publishRelease, ReleaseStream } from './index.js';

const PARQUET_ONLY = { ...CORPUS_META, formats: ['parquet' as const] };
const ALL = {
  ...CORPUS_META,
  formats: ['parquet' as const, 'jsonl' as const, 'csv' as const, 'json' as const],
};

const parquetHashes = (dir: string) =>
  TABLE_NAMES.map((t) => sha256(readFileSync(join(dir, `data/${t}.parquet`))));

describe('Parquet tables', { timeout: 120_000 }, () => {
  it('a Parquet-only release holds the rows of the JSON tables, is valid and declared in datapackage.json', async () => {
    const corpus = makeCorpus({ articles: 12, closed: [3] });
    const pq = await publishRelease(await tempDir('pq'), inputOf('pq', corpus, PARQUET_ONLY));
    const all = await publishRelease(await tempDir('pq-all'), inputOf('pq', corpus, ALL));
    expect(readdirSync(join(pq.dir, 'data')).sort()).toEqual(TABLE_NAMES.map((t) => `${t}.parquet`).sort());
    // only the warning for the closed article's text (checked against its length only)
    const warned = (r: { problems: { code: string; file: string | null }[] }) =>
      r.problems.map((p) => `${p.code} ${p.file}`);
    expect(warned(await validateRelease(pq.dir))).toEqual(['source/text-missing data/sources.parquet']);
    const streamed = await validateRelease(pq.dir, { streaming: true });
    expect(streamed.problems).toEqual((await validateRelease(pq.dir)).problems);
    expect(warned(await validateRelease(all.dir))).toEqual(['source/text-missing data/sources.json']);
    expect(warned(await validateRelease(all.dir, { streaming: true }))).toEqual([
      'source/text-missing data/sources.json',
    ]);
    // the same Parquet bytes whatever else ships, and the same rows as the JSON files
    expect(parquetHashes(pq.dir)).toEqual(parquetHashes(all.dir));
    for (const t of TABLE_NAMES) {
      const json = JSON.parse(readFileSync(join(all.dir, `data/${t}.json`), 'utf8'));
      const rows = await readParquetRows(t, readFileSync(join(pq.dir, `data/${t}.parquet`)), t, []);
      expect(rows, t).toEqual(json);
    }
    const dp = JSON.parse(readFileSync(join(pq.dir, 'datapackage.json'), 'utf8'));
    const mentions = dp.resources.find((r: { path: string }) => r.path === 'data/mentions.parquet');
    expect(mentions).toMatchObject({ name: 'mentions', type: 'table', format: 'parquet' });
    expect(mentions.schema.fields.map((f: { name: string }) => f.name)).toEqual(columnsOf('mentions'));
    expect(mentions.schema.foreignKeys[0].reference.resource).toBe('entities');
    const dpAll = JSON.parse(readFileSync(join(all.dir, 'datapackage.json'), 'utf8'));
    const names = dpAll.resources.filter((r: { path: string }) => r.path.startsWith('data/mentions.'));
    expect(names.map((r: { name: string }) => r.name)).toEqual([
      'mentions',
      'mentions-json',
      'mentions-jsonl',
      'mentions-parquet',
    ]);
    const manifest = JSON.parse(readFileSync(join(pq.dir, 'manifest.json'), 'utf8'));
    expect(manifest.files.find((f: { path: string }) => f.path === 'data/mentions.parquet').rows).toBe(
      pq.counts.mentions,
    );
    expect(manifest.schema_version).toBe(SCHEMA_VERSION);
    // the data card names the files there are and reads them with a Parquet reader
    const card = readFileSync(join(pq.dir, 'README.md'), 'utf8');
    expect(card).toContain('`data/<table>.parquet`');
    expect(card).toContain("FROM 'data/quotes.parquet'");
    expect(card).not.toContain('data/<table>.csv');
    expect(readFileSync(join(pq.dir, 'index.html'), 'utf8')).toContain('data/mentions.parquet');
  });

  it('a Parquet-only release with a table of another release: the same problems whole and streamed', async () => {
    const corpus = makeCorpus({ articles: 6 });
    const pq = await publishRelease(await tempDir('pq-bad'), inputOf('pq', corpus, PARQUET_ONLY));
    const other = await publishRelease(
      await tempDir('pq-other'),
      inputOf('pq', makeCorpus({ articles: 4, corrected: [1] }), PARQUET_ONLY),
    );
    copyFileSync(join(other.dir, 'data/mentions.parquet'), join(pq.dir, 'data/mentions.parquet'));
    const sorted = (r: { problems: object[] }) => r.problems.map((p) => JSON.stringify(p)).sort();
    const whole = await validateRelease(pq.dir);
    expect(whole.valid).toBe(false);
    expect(whole.problems.map((p) => p.code)).toContain('release/checksum-mismatch');
    // the spans of the other corpus's mentions do not match these texts: found in the Parquet rows
    expect(whole.problems.filter((p) => p.code === 'span/text-mismatch')[0]?.file).toBe(
      'data/mentions.parquet',
    );
    expect(sorted(await validateRelease(pq.dir, { streaming: true }))).toEqual(sorted(whole));
  });

  it('writes the same bytes twice in this process and in another one, streamed or in memory', async () => {
    const corpus = makeCorpus({ articles: 20 });
    const a = await publishRelease(await tempDir('pq-a'), inputOf('pq', corpus, PARQUET_ONLY));
    const b = await publishRelease(await tempDir('pq-b'), inputOf('pq', corpus, PARQUET_ONLY));
    expect(b.rootSha256).toBe(a.rootSha256);
    const child = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/fixtures/write-parquet-child.ts', await tempDir('pq-child')],
      { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' },
    );
    expect(JSON.parse(child.trim().split('\n').at(-1)!)).toEqual(parquetHashes(a.dir));
    const stream = await ReleaseStream.open(await tempDir('pq-stream'), 'pq');
    const input = inputOf('pq', corpus, PARQUET_ONLY);
    for (const doc of docsOf(corpus)) stream.add(doc, corpus.texts.get(doc.source.id)!);
    const { dataset: _d, texts: _t, ...meta } = input;
    const streamed = await stream.publish(meta);
    expect(streamed.rootSha256).toBe(a.rootSha256);
  });

  it('a next version diffs against a Parquet-only release, in memory and streamed', async () => {
    const [a, b] = [await tempDir('pq-next-a'), await tempDir('pq-next-b')];
    const first = makeCorpus({ articles: 8 });
    await publishRelease(a, inputOf('pq', first, PARQUET_ONLY));
    await publishRelease(b, inputOf('pq', first, PARQUET_ONLY));
    const next = makeCorpus({ articles: 9, corrected: [2] });
    const memory = await publishRelease(a, inputOf('pq', next, PARQUET_ONLY));
    const stream = await ReleaseStream.open(b, 'pq');
    for (const doc of docsOf(next)) stream.add(doc, next.texts.get(doc.source.id)!);
    const { dataset: _d, texts: _t, ...meta } = inputOf('pq', next, PARQUET_ONLY);
    const streamed = await stream.publish(meta);
    expect(memory.version).toBe('1.1.0');
    expect(streamed.changes).toEqual(memory.changes);
    expect(streamed.rootSha256).toBe(memory.rootSha256);
    expect(memory.changes?.tables.find((t) => t.table === 'sources')?.added).toBe(1);
  });

  it('DuckDB reads and joins the Parquet tables', async () => {
    const pq = await publishRelease(
      await tempDir('pq-duck'),
      inputOf('pq', makeCorpus({ articles: 3 }), PARQUET_ONLY),
    );
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const table = (t: string) => `'${join(pq.dir, 'data', `${t}.parquet`)}'`;
    const quotes = await c.runAndReadAll(
      `select q.id, e.name from ${table('quotes')} q join ${table('entities')} e on q.speaker_id = e.id order by q.id`,
    );
    expect(quotes.getRowObjects()).toEqual([
      { id: 'quote:1', name: 'Jane Roe' },
      { id: 'quote:2', name: 'Jane Roe' },
      { id: 'quote:3', name: 'Jane Roe' },
    ]);
    const n = await c.runAndReadAll(`select count(*)::integer as n from ${table('mentions')}`);
    expect(n.getRowObjects()).toEqual([{ n: pq.counts.mentions }]);
    c.closeSync();
    db.closeSync();
  });
});
