import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { TABLE_NAMES } from '@newsfacts/schemas';
import { columnsOf } from '@newsfacts/tables';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusInput, tempDir } from './fixtures/make-input.js';
import { publishRelease } from './index.js';

let dir = '';
let counts: Record<string, number | undefined> = {};

describe('real clients read a release', () => {
  beforeAll(async () => {
    const result = await publishRelease(await tempDir('clients'), corpusInput('talks', { articles: 3 }));
    dir = result.dir;
    counts = result.counts;
  });

  it('DuckDB joins quotes to speakers and events to participants', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const csv = (t: string) => `read_csv('${join(dir, 'data', `${t}.csv`)}', header=true)`;
    const quotes = await c.runAndReadAll(
      `select q.id, e.name, q.text from ${csv('quotes')} q join ${csv('entities')} e on q.speaker_id = e.id order by q.id`,
    );
    expect(quotes.getRowObjects()).toEqual([
      { id: 'quote:1', name: 'Jane Roe', text: "'=Talks 1 went well," },
      { id: 'quote:2', name: 'Jane Roe', text: "'=Talks 2 went well," },
      { id: 'quote:3', name: 'Jane Roe', text: "'=Talks 3 went well," },
    ]);
    const events = await c.runAndReadAll(
      `select v.id, e.name, p.role from ${csv('events')} v join ${csv('event_participants')} p on p.event_id = v.id ` +
        `join ${csv('entities')} e on e.id = p.entity_id where v.source_id = 'article-2' order by v.id`,
    );
    expect(events.getRowObjects()).toEqual([
      { id: 'event:2-left', name: 'Max Park2', role: 'actor' },
      { id: 'event:2-met', name: 'Jane Roe', role: 'actor' },
    ]);
    const n = await c.runAndReadAll(`select count(*)::integer as n from ${csv('mentions')}`);
    expect(n.getRowObjects()).toEqual([{ n: counts.mentions }]);
    c.closeSync();
  });

  it("Python's csv module reads every table with its columns and rows", () => {
    const script = [
      'import csv, json, sys',
      'out = {}',
      'for t in sys.argv[2:]:',
      '    with open(f"{sys.argv[1]}/data/{t}.csv", newline="", encoding="utf-8") as f:',
      '        rows = list(csv.reader(f, strict=True))',
      '    out[t] = {"columns": rows[0], "rows": len(rows) - 1, "widths": sorted({len(r) for r in rows})}',
      'print(json.dumps(out))',
    ].join('\n');
    const out = JSON.parse(
      execFileSync('python3', ['-c', script, dir, ...TABLE_NAMES], { encoding: 'utf8' }),
    );
    for (const t of TABLE_NAMES) {
      const cols = columnsOf(t);
      expect(out[t], t).toEqual({ columns: cols, rows: counts[t], widths: [cols.length] });
    }
  });
});
