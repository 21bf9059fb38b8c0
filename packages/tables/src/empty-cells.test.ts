import { loadSchemas, TABLE_NAMES, validateRow } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { decodeCsv, encodeCsv, fromRows, toRows } from './index.js';
import { makeSampleDataset, SAMPLE_TEXT } from './testing/sample-dataset.js';

// Regression (issue 15.4): CSV wrote "" and null as the same empty cell, so DuckDB and pandas read a span's
// empty prefix (offset 0) as NULL, and a curated "" passed the schemas only to fail at publish.
// The rule: no published cell is an empty string; an empty cell is null, in every column and every reader.

type Prop = {
  type?: string | string[];
  minLength?: number;
  pattern?: string;
  enum?: unknown[];
  $ref?: string;
  anyOf?: Prop[];
};

describe('"" and null in the tables', () => {
  it('every string column of every row schema rejects the empty string', () => {
    const schemas = loadSchemas();
    for (const t of TABLE_NAMES) {
      const props = schemas.get(`rows/${t}.schema.json`)!.properties as Record<string, Prop>;
      for (const [column, prop] of Object.entries(props)) {
        const types = [prop.type, ...(prop.anyOf ?? []).map((p) => p.type)].flat();
        if (prop.$ref || prop.anyOf?.some((p) => p.$ref)) continue; // ids, enums, dates: patterns forbid ""
        if (!types.includes('string')) continue;
        expect(
          prop.minLength ?? (prop.pattern || prop.enum ? 1 : 0),
          `${t}.${column}`,
        ).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('a span at the very start and end of the text has null context in the rows and "" in the records', () => {
    const dataset = makeSampleDataset();
    const whole = [...SAMPLE_TEXT].length;
    const quote = dataset.quotes[0]!;
    quote.evidence = { ...quote.evidence, start: 0, end: whole, exact: SAMPLE_TEXT, prefix: '', suffix: '' };
    const tables = toRows(dataset);
    const row = tables.quotes.find((q) => q.id === quote.id)!;
    expect([row.prefix, row.suffix]).toEqual([null, null]);
    expect(validateRow('quotes', row)).toEqual([]);
    expect(
      fromRows(tables, new Map([['sample', SAMPLE_TEXT]])).quotes.find((q) => q.id === quote.id)?.evidence,
    ).toMatchObject({ prefix: '', suffix: '' });
  });

  it('CSV and JSON agree by construction: an empty cell reads back as null, and "" never validates', () => {
    const tables = toRows(makeSampleDataset());
    for (const t of TABLE_NAMES) {
      const back = decodeCsv(t, encodeCsv(t, tables[t]));
      expect(back.rows, t).toEqual(JSON.parse(JSON.stringify(tables[t])));
    }
    const source = { ...tables.sources[0]!, title: '' };
    expect(validateRow('sources', source).map((e) => e.pointer)).toEqual(['/title']);
    expect(decodeCsv('sources', encodeCsv('sources', [source])).rows[0]?.title).toBeNull();
  });
});
