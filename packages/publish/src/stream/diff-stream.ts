import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RedirectRow, TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { compareStrings } from '@newsfacts/tables';
import { readLines } from '@newsfacts/validate';
import type { TableCounts } from '../build-manifest.js';
import { currentColumns } from '../build-release-files.js';
import type { ChangeSummary } from '../diff-releases.js';
import { type ChangedRecord, columnChanges, diffRows, type KeyedWords, keyOf } from '../diff-rows.js';
import type { FileEntry } from '../file-entry.js';
import { type ChangeListing, changelogLines } from '../render-changelog.js';
import { BucketFiles } from './bucket-files.js';
import type { HashingWriter } from './hashing-writer.js';

/** The changes of a streamed release against the previous one, listed from scratch files. */
export interface ChangeSet {
  from: string | null;
  tables: ChangeListing[];
}

type Row = Record<string, unknown>;

/** A list written once and read back in order (keys or changed records, one JSON value per line). */
class ListFile {
  count = 0;
  private pending: string[] = [];

  constructor(private readonly path: string) {
    writeFileSync(path, '');
  }

  push(value: unknown): void {
    this.pending.push(JSON.stringify(value));
    this.count++;
    if (this.pending.length >= 4096) this.flush();
  }

  flush(): void {
    if (this.pending.length > 0) appendFileSync(this.path, `${this.pending.join('\n')}\n`);
    this.pending = [];
  }

  *read<T>(): Generator<T> {
    this.flush();
    for (const line of readLines(this.path)) yield JSON.parse(line) as T;
  }
}

/**
 * Rows are bucketed by the first characters of their key, a few past the id's prefix ("mention:" +
 * 2 hex digits): a fixed-length prefix keeps key order across buckets, so buckets processed in order
 * give every list in key order while only one bucket's rows are in memory.
 */
function prefixWidth(firstKey: string | undefined): number {
  if (firstKey === undefined) return 2;
  return firstKey.indexOf(':') + 3;
}

function columnsOfBase(base: string, table: TableName): string[] | null {
  const path = join(base, 'datapackage.json');
  if (!existsSync(path)) return null;
  const dp = JSON.parse(readFileSync(path, 'utf8')) as {
    resources?: { name: string; schema?: { fields: { name: string }[] } }[];
  };
  return dp.resources?.find((r) => r.name === table)?.schema?.fields.map((f) => f.name) ?? null;
}

function firstLine(path: string): string | undefined {
  for (const line of readLines(path)) return line;
  return undefined;
}

/** Each table's rows as JSON Lines, for both sides of a diff (missing: data/<table>.jsonl of the folder). */
export type RowFiles = ReadonlyMap<TableName, string>;

/** The JSON Lines file of `table` of the release folder `dir`: given in `files`, else its own. */
export const rowFile = (dir: string, files: RowFiles | undefined, table: TableName): string =>
  files?.get(table) ?? join(dir, 'data', `${table}.jsonl`);

function diffTable(
  table: TableName,
  base: string,
  work: string,
  aPath: string,
  bPath: string,
): ChangeListing {
  const aFirst = existsSync(aPath) ? firstLine(aPath) : undefined;
  const colsA = columnsOfBase(base, table) ?? Object.keys(aFirst ? (JSON.parse(aFirst) as Row) : {});
  const { common, fieldsAdded, fieldsRemoved } = columnChanges(colsA, currentColumns()[table]);
  const bFirst = firstLine(bPath);
  const first = bFirst ?? aFirst;
  const width = prefixWidth(first === undefined ? undefined : keyOf(table, JSON.parse(first) as Row));
  const dir = join(work, table);
  mkdirSync(dir, { recursive: true });
  const a = new BucketFiles(dir, 'a');
  const b = new BucketFiles(dir, 'b');
  if (aFirst !== undefined)
    for (const line of readLines(aPath)) a.add(keyOf(table, JSON.parse(line)).slice(0, width), line);
  for (const line of readLines(bPath)) b.add(keyOf(table, JSON.parse(line)).slice(0, width), line);
  a.flush();
  b.flush();
  const added = new ListFile(join(dir, 'added'));
  const removed = new ListFile(join(dir, 'removed'));
  const changed = new ListFile(join(dir, 'changed'));
  const rows = (lines: Iterable<string>) => Array.from(lines, (line) => JSON.parse(line) as Row);
  const buckets = [...new Set([...a.names(), ...b.names()])].sort(compareStrings);
  for (const bucket of buckets) {
    const diff = diffRows(table, rows(a.lines(bucket)), rows(b.lines(bucket)), common);
    for (const k of diff.added) added.push(k);
    for (const k of diff.removed) removed.push(k);
    for (const c of diff.changed) changed.push(c);
  }
  added.flush();
  removed.flush();
  changed.flush();
  return {
    table,
    added: added.count,
    removed: removed.count,
    changed: changed.count,
    fieldsAdded,
    fieldsRemoved,
    addedKeys: () => added.read<KeyedWords>(),
    removedKeys: () => removed.read<KeyedWords>(),
    changedRecords: () => changed.read<ChangedRecord>(),
  };
}

/**
 * Record-by-record changes of the release staged in `staged` against the published release `base`
 * (null: a first release), in the same form and order as diffReleases, in memory bounded by a bucket.
 */
export function diffAgainst(
  base: string | null,
  staged: string,
  work: string,
  counts: TableCounts,
  rows: { base?: RowFiles; staged?: RowFiles } = {},
): ChangeSet {
  if (base === null) {
    return {
      from: null,
      tables: TABLE_NAMES.map((t) => ({
        table: t,
        added: counts[t],
        removed: 0,
        changed: 0,
        fieldsAdded: [],
        fieldsRemoved: [],
        addedKeys: () => [],
        removedKeys: () => [],
        changedRecords: () => [],
      })),
    };
  }
  const manifest = JSON.parse(readFileSync(join(base, 'manifest.json'), 'utf8')) as { version: string };
  mkdirSync(work, { recursive: true });
  return {
    from: manifest.version,
    tables: TABLE_NAMES.map((t) =>
      diffTable(t, base, work, rowFile(base, rows.base, t), rowFile(staged, rows.staged, t)),
    ),
  };
}

export function summarizeChanges(changes: ChangeSet): ChangeSummary {
  return {
    from: changes.from,
    tables: changes.tables.map((t) => ({
      table: t.table,
      added: t.added,
      removed: t.removed,
      changed: t.changed,
      fieldsAdded: t.fieldsAdded,
      fieldsRemoved: t.fieldsRemoved,
    })),
  };
}

/** CHANGELOG.md written line by line (a corpus diff can list millions of records). */
export function writeChangelog(
  writer: HashingWriter,
  title: string,
  version: string,
  changes: ChangeSet,
  redirects: readonly RedirectRow[],
): FileEntry {
  let first = true;
  for (const line of changelogLines(title, version, changes.from, changes.tables, redirects)) {
    writer.write(first ? line : `\n${line}`);
    first = false;
  }
  return writer.end();
}
