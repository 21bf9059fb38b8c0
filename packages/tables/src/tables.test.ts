import { TABLE_NAMES, validateRow } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import {
  decodeCsv,
  encodeCsv,
  encodeJson,
  encodeJsonl,
  fromRows,
  protectCell,
  tableSchemaFor,
  toRows,
  unprotectCell,
} from './index.js';
import { makeSampleDataset, SAMPLE_TEXT } from './testing/sample-dataset.js';

const texts = new Map([['sample', SAMPLE_TEXT]]);

describe('tables', () => {
  const tables = toRows(makeSampleDataset(), new Map([['sample', 'texts/sample.txt']]));

  it('rows are valid against their row schemas', () => {
    for (const t of TABLE_NAMES) for (const row of tables[t]) expect(validateRow(t, row), t).toEqual([]);
    expect(tables.mentions.map((m) => m.exact)).toEqual(['Geneva', 'Jane Roe', 'the minister']);
  });

  it('rows come out in the same order whatever the order of the records', () => {
    const d = makeSampleDataset();
    const reversed = {
      ...d,
      sources: [...d.sources].reverse(),
      entities: [...d.entities].reverse(),
      quotes: [...d.quotes].reverse(),
      events: d.events.map((v) => ({ ...v, participants: [...v.participants].reverse() })).reverse(),
      relations: [...d.relations].reverse(),
      redirects: [...d.redirects].reverse(),
    };
    expect(toRows(reversed, new Map([['sample', 'texts/sample.txt']]))).toEqual(tables);
  });

  it('rebuilds the same records from the rows', () => {
    expect(fromRows(tables, texts)).toEqual(makeSampleDataset());
  });

  it('CSV round-trips every table, undoing the formula protection', () => {
    for (const t of TABLE_NAMES) {
      const csv = encodeCsv(t, tables[t]);
      expect(csv.endsWith('\n')).toBe(true);
      expect(csv).not.toContain('\r\n');
      const back = decodeCsv(t, csv);
      expect(back.problems, t).toEqual([]);
      expect(back.rows, t).toEqual(tables[t]);
    }
    expect(encodeCsv('quotes', tables.quotes)).toContain("'=SUM(A1) is not a plan,");
  });

  it('regression: a table whose cells hold tabs reads back (the delimiter is not guessed)', () => {
    // Papa's guess picked the tab for this table, and every row came back ragged.
    const rows = tables.quotes.map((q) => ({ ...q, text: 'a\tb\tc', exact: '\t', cue: '\t' }));
    expect(decodeCsv('quotes', encodeCsv('quotes', rows))).toEqual({ rows, problems: [] });
  });

  it('regression (issue 15.8): a CSV with CRLF line ends is named as such, not as an invisible column mismatch', () => {
    const crlf = encodeCsv('event_participants', tables.event_participants).replace(/\n/g, '\r\n');
    const problem = decodeCsv('event_participants', crlf).problems[0];
    expect(problem?.kind).toBe('header');
    expect(problem?.message).toContain('CRLF');
  });

  it('protects risky cells and undoes it', () => {
    for (const v of ['=1+1', '+1', '-1', '@x', '\tx', '\rx', "'quoted", 'plain']) {
      expect(unprotectCell(protectCell(v))).toBe(v);
    }
    expect(protectCell('=1')).toBe("'=1");
  });

  it('reports ragged rows, wrong headers and bad types', () => {
    const csv = encodeCsv('event_participants', tables.event_participants);
    expect(decodeCsv('event_participants', `${csv}a,b\n`).problems[0]).toMatchObject({
      kind: 'ragged',
      row: 2,
    });
    expect(decodeCsv('event_participants', csv.replace('role', 'rôle')).problems[0]?.kind).toBe('header');
    const bad = encodeCsv('entities', tables.entities).replace(/,1,extracted/, ',one,extracted');
    expect(decodeCsv('entities', bad).problems[0]).toMatchObject({ kind: 'type', column: 'mention_count' });
  });

  it('table schemas carry types, keys and one missing value for every column', () => {
    const quotes = tableSchemaFor('quotes');
    expect(quotes.primaryKey).toEqual(['id']);
    expect(quotes.foreignKeys).toContainEqual({
      fields: ['speaker_id'],
      reference: { resource: 'entities', fields: ['id'] },
    });
    expect(quotes.missingValues).toEqual(['']);
    expect(quotes.fields.find((f) => f.name === 'speaker_id')?.constraints?.required).toBeUndefined();
    expect(quotes.fields.find((f) => f.name === 'id')?.constraints?.required).toBe(true);
    expect(quotes.fields.find((f) => f.name === 'start')?.type).toBe('integer');
    expect(quotes.fields.find((f) => f.name === 'reported_by')?.type).toBe('array');
  });

  it('JSON and JSON Lines hold the rows', () => {
    expect(JSON.parse(encodeJson(tables.mentions))).toEqual(tables.mentions);
    expect(
      encodeJsonl(tables.mentions)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(tables.mentions);
    expect(encodeJson([])).toBe('[]\n');
  });
});
