import { existsSync, mkdirSync } from 'node:fs';
import { sha256 } from '@newsfacts/evidence';
import type { RedirectRow, TableName } from '@newsfacts/schemas';
import { compareStrings } from '@newsfacts/tables';
import { readLines } from '@newsfacts/validate';
import { matchGone, oneHop, type SpanKind, type SpanRecord } from '../carry-redirects.js';
import { BucketFiles } from './bucket-files.js';
import { type RowFiles, rowFile } from './diff-stream.js';

/** The tables holding span records, and the kind of record (an event's is its first evidence row). */
const SPAN_TABLES: readonly [TableName, SpanKind][] = [
  ['mentions', 'mention'],
  ['quotes', 'quote'],
  ['event_evidence', 'event'],
  ['event_relations', 'relation'],
];

interface SpanRow {
  id?: string;
  event_id?: string;
  ordinal?: number;
  source_id: string;
  start: number;
  exact: string;
  prefix: string | null;
  suffix: string | null;
}

function spanOfRow(kind: SpanKind, r: SpanRow): SpanRecord | null {
  if (kind === 'event' && r.ordinal !== 0) return null;
  const id = kind === 'event' ? r.event_id! : r.id!;
  // an empty cell is null in the tables and '' in the records (no context at the text's edge)
  return {
    id,
    kind,
    source: r.source_id,
    start: r.start,
    exact: r.exact,
    prefix: r.prefix ?? '',
    suffix: r.suffix ?? '',
  };
}

/** Sources fall into 256 buckets by their id's hash: a bucket holds whole sources. */
const bucketOf = (source: string) => sha256(source).slice(0, 2);

function bucketSpans(dir: string, files: RowFiles | undefined, into: BucketFiles): void {
  for (const [table, kind] of SPAN_TABLES) {
    const path = rowFile(dir, files, table);
    if (!existsSync(path)) continue;
    for (const line of readLines(path)) {
      const span = spanOfRow(kind, JSON.parse(line) as SpanRow);
      if (span) into.add(bucketOf(span.source), JSON.stringify(span));
    }
  }
  into.flush();
}

function bySource(lines: Iterable<string>): Map<string, SpanRecord[]> {
  const groups = new Map<string, SpanRecord[]>();
  for (const line of lines) {
    const span = JSON.parse(line) as SpanRecord;
    const group = groups.get(span.source);
    if (group) group.push(span);
    else groups.set(span.source, [span]);
  }
  return groups;
}

/** Each side of a carry: a release folder and, where they are elsewhere, its tables' JSON Lines. */
export interface CarrySide {
  dir: string;
  files?: RowFiles;
}

/**
 * The redirects table of a streamed release compared with `base`: carryRedirects of the in-memory
 * writer, source by source from the two releases' span tables (memory: one bucket of sources at a time).
 * `kept` are the redirects to keep and re-point: the base's table, then the curation's.
 */
export function carryStreamed(
  base: CarrySide,
  staged: CarrySide,
  work: string,
  kept: readonly RedirectRow[],
): RedirectRow[] {
  mkdirSync(work, { recursive: true });
  const a = new BucketFiles(work, 'a');
  const b = new BucketFiles(work, 'b');
  bucketSpans(base.dir, base.files, a);
  bucketSpans(staged.dir, staged.files, b);
  const added: RedirectRow[] = [];
  for (const bucket of [...new Set([...a.names(), ...b.names()])].sort(compareStrings)) {
    const next = bySource(b.lines(bucket));
    for (const [source, previous] of bySource(a.lines(bucket)))
      added.push(...matchGone(previous, next.get(source) ?? []));
  }
  return oneHop(kept, added);
}
