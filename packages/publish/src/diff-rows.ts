import type { TableName } from '@newsfacts/schemas';
import { compareStrings, tableSchemaFor } from '@newsfacts/tables';
import * as aq from 'arquero';

/*
 * The one record diff. Both release writers use it: the in-memory writer on whole tables, the streamed
 * writer on one key bucket at a time (stream/diff-stream.ts), so a change is found and described the same
 * way whatever the size of the release.
 */

type Row = Record<string, unknown>;

/** A record whose key is in both releases with other values: the fields that differ, before and after. */
export interface ChangedRecord {
  key: string;
  fields: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** A record's key and its own words (null when it has none). */
export interface KeyedWords {
  key: string;
  words: string | null;
}

/** One table's record changes, each list in key order. */
export interface RowChanges {
  added: KeyedWords[];
  removed: KeyedWords[];
  changed: ChangedRecord[];
}

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
function wordsOf(table: TableName, row: Row | undefined): string | null {
  for (const c of WORD_COLUMNS[table] ?? []) {
    const v = row?.[c];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

/** Columns compared (in both releases) and columns added or removed; a first release adds none. */
export function columnChanges(before: readonly string[] | null, after: readonly string[]) {
  const old = before ?? [];
  return {
    common: after.filter((c) => old.includes(c)),
    fieldsAdded: before === null ? [] : after.filter((c) => !old.includes(c)),
    fieldsRemoved: old.filter((c) => !after.includes(c)),
  };
}

function frame(table: TableName, rows: readonly Row[], common: readonly string[]) {
  return aq.table({
    key: rows.map((row) => keyOf(table, row)),
    values: rows.map((row) => JSON.stringify(common.map((c) => row[c] ?? null))),
    index: rows.map((_, i) => i),
  });
}

const byKey = (x: { key: string }, y: { key: string }) => compareStrings(x.key, y.key);

function keyed(table: TableName, rows: readonly Row[], only: aq.ColumnTable): KeyedWords[] {
  return (only.array('index') as number[])
    .map((i) => ({ key: keyOf(table, rows[i]!), words: wordsOf(table, rows[i]) }))
    .sort(byKey);
}

/** The records added, removed and changed from `before` to `after`, matched on primary keys (arquero joins). */
export function diffRows(
  table: TableName,
  before: readonly Row[],
  after: readonly Row[],
  common: readonly string[],
): RowChanges {
  const fa = frame(table, before, common);
  const fb = frame(table, after, common);
  const joined = fa
    .join(fb, 'key', [
      ['key', 'values', 'index'],
      ['values', 'index'],
    ])
    .filter((d: Row) => d.values_1 !== d.values_2);
  const changed = joined.objects().map((d): ChangedRecord => {
    const a = before[(d as Row).index_1 as number]!;
    const b = after[(d as Row).index_2 as number]!;
    const fields = common.filter((c) => JSON.stringify(a[c] ?? null) !== JSON.stringify(b[c] ?? null));
    return {
      key: (d as Row).key as string,
      fields,
      before: Object.fromEntries(fields.map((f) => [f, a[f] ?? null])),
      after: Object.fromEntries(fields.map((f) => [f, b[f] ?? null])),
    };
  });
  return {
    added: keyed(table, after, fb.antijoin(fa, 'key')),
    removed: keyed(table, before, fa.antijoin(fb, 'key')),
    changed: changed.sort(byKey),
  };
}
