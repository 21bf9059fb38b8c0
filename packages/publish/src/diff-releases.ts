import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { compareStrings, tableSchemaFor } from '@newsfacts/tables';
import * as aq from 'arquero';
import type { DiffSide } from './release-snapshot.js';

export interface ChangedRecord {
  key: string;
  fields: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface TableDiff {
  table: TableName;
  added: string[];
  removed: string[];
  /** Key → the record's own words (see wordsOf), for the added and removed records that have some. */
  words: Record<string, string>;
  changed: ChangedRecord[];
  fieldsAdded: string[];
  fieldsRemoved: string[];
}

/** A table's changes as counts: what decides the version and what `run` reports. */
export interface TableChangeCounts {
  table: TableName;
  added: number;
  removed: number;
  changed: number;
  fieldsAdded: string[];
  fieldsRemoved: string[];
}

export interface ChangeSummary {
  from: string | null;
  tables: TableChangeCounts[];
}

export function summarizeDiff(diff: ReleaseDiff): ChangeSummary {
  return {
    from: diff.from,
    tables: diff.tables.map((t) => ({
      table: t.table,
      added: t.added.length,
      removed: t.removed.length,
      changed: t.changed.length,
      fieldsAdded: t.fieldsAdded,
      fieldsRemoved: t.fieldsRemoved,
    })),
  };
}

export interface ReleaseDiff {
  /** Version compared with, or null for a first release. */
  from: string | null;
  tables: TableDiff[];
}

type Row = Record<string, unknown>;

/** A record's identity: its primary key values (`event_id ordinal` for composite keys). */
export function keyOf(table: TableName, row: Row): string {
  return tableSchemaFor(table)
    .primaryKey.map((k) => String(row[k]))
    .join(' ');
}

const WORD_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  entities: ['name'],
  mentions: ['exact'],
  quotes: ['text'],
  events: ['trigger', 'summary'],
  event_relations: ['exact'],
};

/** The words a reader recognises a record by (a mention's surface, a quote's text, an event's trigger). */
export function wordsOf(table: TableName, row: Row | undefined): string | null {
  for (const c of WORD_COLUMNS[table] ?? []) {
    const v = row?.[c];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

function wordsFor(table: TableName, keys: readonly string[], rows: Row[]): Record<string, string> {
  const wanted = new Set(keys);
  const out: Record<string, string> = {};
  for (const row of rows) {
    const key = keyOf(table, row);
    const w = wanted.has(key) ? wordsOf(table, row) : null;
    if (w !== null) out[key] = w;
  }
  return out;
}

function frame(table: TableName, rows: readonly object[], common: string[]) {
  const r = rows as Row[];
  return aq.table({
    key: r.map((row) => keyOf(table, row)),
    values: r.map((row) => JSON.stringify(common.map((c) => row[c] ?? null))),
    index: r.map((_, i) => i),
  });
}

function diffTable(table: TableName, a: DiffSide | null, b: DiffSide): TableDiff {
  const colsA = a?.columns[table] ?? [];
  const colsB = b.columns[table];
  const common = colsB.filter((c) => colsA.includes(c));
  const rowsA = (a?.tables[table] ?? []) as unknown as Row[];
  const rowsB = b.tables[table] as unknown as Row[];
  const fa = frame(table, rowsA, common);
  const fb = frame(table, rowsB, common);
  const keys = (t: aq.ColumnTable) => (t.array('key') as string[]).slice().sort(compareStrings);
  const joined = fa
    .join(fb, 'key', [
      ['key', 'values', 'index'],
      ['values', 'index'],
    ])
    .filter((d: Row) => d.values_1 !== d.values_2);
  const changed: ChangedRecord[] = joined.objects().map((d) => {
    const before = rowsA[(d as Row).index_1 as number]!;
    const after = rowsB[(d as Row).index_2 as number]!;
    const fields = common.filter(
      (c) => JSON.stringify(before[c] ?? null) !== JSON.stringify(after[c] ?? null),
    );
    return {
      key: (d as Row).key as string,
      fields,
      before: Object.fromEntries(fields.map((f) => [f, before[f] ?? null])),
      after: Object.fromEntries(fields.map((f) => [f, after[f] ?? null])),
    };
  });
  changed.sort((x, y) => compareStrings(x.key, y.key));
  const added = keys(fb.antijoin(fa, 'key'));
  const removed = keys(fa.antijoin(fb, 'key'));
  return {
    table,
    added,
    removed,
    words: { ...wordsFor(table, removed, rowsA), ...wordsFor(table, added, rowsB) },
    changed,
    fieldsAdded: a ? colsB.filter((c) => !colsA.includes(c)) : [],
    fieldsRemoved: colsA.filter((c) => !colsB.includes(c)),
  };
}

/** Record-by-record differences per table, matched on primary keys with arquero joins. */
export function diffReleases(a: DiffSide | null, b: DiffSide): ReleaseDiff {
  return { from: a?.manifest?.version ?? null, tables: TABLE_NAMES.map((t) => diffTable(t, a, b)) };
}

export function isEmptyDiff(diff: ReleaseDiff): boolean {
  return diff.tables.every(
    (t) =>
      t.added.length + t.removed.length + t.changed.length + t.fieldsAdded.length + t.fieldsRemoved.length ===
      0,
  );
}
