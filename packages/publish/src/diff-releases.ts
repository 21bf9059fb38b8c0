import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { type ChangedRecord, columnChanges, diffRows } from './diff-rows.js';
import type { DiffSide } from './release-snapshot.js';

export interface TableDiff {
  table: TableName;
  added: string[];
  removed: string[];
  /** Key → the record's own words (see diff-rows.ts), for the added and removed records that have some. */
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

function diffTable(table: TableName, a: DiffSide | null, b: DiffSide): TableDiff {
  const { common, fieldsAdded, fieldsRemoved } = columnChanges(
    a ? (a.columns[table] ?? []) : null,
    b.columns[table],
  );
  const rowsA = (a?.tables[table] ?? []) as unknown as Record<string, unknown>[];
  const rowsB = b.tables[table] as unknown as Record<string, unknown>[];
  const { added, removed, changed } = diffRows(table, rowsA, rowsB, common);
  const words: Record<string, string> = {};
  for (const k of [...removed, ...added]) if (k.words !== null) words[k.key] = k.words;
  return {
    table,
    added: added.map((k) => k.key),
    removed: removed.map((k) => k.key),
    words,
    changed,
    fieldsAdded,
    fieldsRemoved,
  };
}

/** Record-by-record differences per table, matched on primary keys (diffRows). */
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
