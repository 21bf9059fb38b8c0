import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySourceTable } from './copy-tables.js';
import { openTableFiles } from './table-files.js';

const FORMATS = ['csv', 'json', 'jsonl'] as const;
const HEADER = 'id,text\n';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'copy-tables-'));
  dirs.push(d);
  mkdirSync(join(d, 'data'));
  return d;
}

/** Articles of 0 to 3 rows, with multi-byte text: each one's JSON Lines and CSV lines. */
const ARTICLES = Array.from({ length: 12 }, (_, a) => {
  const rows = Array.from({ length: a % 4 }, (_, k) => ({
    id: `m${a}-${k}`,
    text: `Zürich “${a}” ${'x'.repeat(k)}`,
  }));
  return {
    jsonl: rows.map((r) => `${JSON.stringify(r)}\n`).join(''),
    csv: rows.map((r) => `${r.id},${r.text}\n`).join(''),
  };
});

const files = (dir: string) =>
  Object.fromEntries(FORMATS.map((f) => [f, readFileSync(join(dir, `data/mentions.${f}`), 'utf8')]));

/** The table written one article at a time, as text: what the joined reads must reproduce. */
function reference(): Record<string, string> {
  const dir = folder();
  const w = openTableFiles(dir, 'mentions', FORMATS, null, HEADER);
  for (const a of ARTICLES) w.add(a.jsonl, a.csv);
  w.end();
  return files(dir);
}

/** Scratch files holding the articles in `stored` order; ranges listing them in release order. */
function scratch(stored: number[]) {
  const dir = folder();
  const at = new Map<number, [number, number]>();
  let jsonl = '';
  let csv = '';
  for (const a of stored) {
    at.set(a, [Buffer.byteLength(jsonl), Buffer.byteLength(csv)]);
    jsonl += ARTICLES[a]!.jsonl;
    csv += ARTICLES[a]!.csv;
  }
  writeFileSync(join(dir, 'm.jsonl'), jsonl);
  writeFileSync(join(dir, 'm.csv'), csv);
  const ranges = new Float64Array(ARTICLES.length * 4);
  ARTICLES.forEach((a, i) => {
    const [j, c] = at.get(i)!;
    ranges.set([j, Buffer.byteLength(a.jsonl), c, Buffer.byteLength(a.csv)], 4 * i);
  });
  return {
    dir,
    table: {
      table: 'mentions' as const,
      csvHeader: HEADER,
      jsonl: join(dir, 'm.jsonl'),
      csv: join(dir, 'm.csv'),
      ranges,
    },
  };
}

describe('copySourceTable', () => {
  const want = reference();

  it('gives the same files when the articles were stored in release order (read together)', () => {
    const { dir, table } = scratch(ARTICLES.map((_, i) => i));
    copySourceTable({ staging: dir, work: dir, formats: FORMATS }, table);
    expect(files(dir)).toEqual(want);
    expect(JSON.parse(want.json!)).toHaveLength(ARTICLES.reduce((n, _, a) => n + (a % 4), 0));
  });

  it('gives the same files when they were stored in another order (read one by one)', () => {
    const { dir, table } = scratch(ARTICLES.map((_, i) => ARTICLES.length - 1 - i));
    copySourceTable({ staging: dir, work: dir, formats: FORMATS }, table);
    expect(files(dir)).toEqual(want);
  });

  it('gives the same files when only some runs of articles are in order', () => {
    const { dir, table } = scratch([6, 7, 8, 9, 10, 11, 0, 1, 2, 3, 4, 5]);
    copySourceTable({ staging: dir, work: dir, formats: FORMATS }, table);
    expect(files(dir)).toEqual(want);
  });
});

describe('openTableFiles', () => {
  it('writes the same JSON array whether rows come as text or bytes, one by one or together', () => {
    const want = reference();
    const dir = folder();
    const w = openTableFiles(dir, 'mentions', FORMATS, null, HEADER);
    const half = ARTICLES.length / 2;
    const bytes = (xs: typeof ARTICLES, k: 'jsonl' | 'csv') => Buffer.from(xs.map((a) => a[k]).join(''));
    w.add(bytes(ARTICLES.slice(0, half), 'jsonl'), bytes(ARTICLES.slice(0, half), 'csv'));
    for (const a of ARTICLES.slice(half)) w.add(Buffer.from(a.jsonl), Buffer.from(a.csv));
    w.end();
    expect(files(dir)).toEqual(want);
  });

  it('writes an empty array for a table without rows', () => {
    const dir = folder();
    openTableFiles(dir, 'mentions', FORMATS, null, HEADER).end();
    expect(files(dir)).toEqual({ csv: HEADER, json: '[]\n', jsonl: '' });
  });
});
