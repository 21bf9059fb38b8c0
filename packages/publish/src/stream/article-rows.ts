import { sortDataset } from '@newsfacts/normalize';
import type { Dataset, Entity, ExtractionDocument, Source, TableName } from '@newsfacts/schemas';
import { encodeCsvRows, toRows } from '@newsfacts/tables';
import { validateDataset } from '@newsfacts/validate/dataset';
import { ReleaseError } from '../release-error.js';
import { summarizeReport } from '../summarize-report.js';
import { textPathFor } from '../text-path.js';

/**
 * Tables whose rows are ordered by source first (source id, then position): a release lists them
 * article by article, articles in source-id order. Entities (merged across articles), event relations
 * (ordered by id) and redirects (curation) are not among them.
 */
export const SOURCE_TABLES = [
  'sources',
  'mentions',
  'quotes',
  'events',
  'event_evidence',
  'event_participants',
] as const satisfies readonly TableName[];
export type SourceTable = (typeof SOURCE_TABLES)[number];

/**
 * One article's part of every source-ordered table, plus its relations: what a worker can encode. The
 * encoded lines travel as one UTF-8 buffer, which a worker transfers instead of copying and the
 * release stream appends to its scratch files as bytes (no string crosses the threads).
 */
export interface ArticleRows {
  source: Source;
  /** The article's entities without their mentions (the stream merges them), and how many each has. */
  entities: { entity: Entity; mentionCount: number }[];
  /**
   * UTF-8 of each source table's JSON Lines then its CSV data lines (no header), in SOURCE_TABLES
   * order, then each relation's JSON line and CSV line.
   */
  bytes: Uint8Array;
  /** Byte length of each part of `bytes`, in that order. */
  lengths: number[];
  /** Rows of each source table, in SOURCE_TABLES order. */
  rows: number[];
  /** Each relation's id (what orders it in the release), in the order of its parts. */
  relationIds: string[];
}

const utf8 = new TextEncoder();

/** The parts as one UTF-8 buffer of its own (transferable) and each part's byte length. */
function pack(parts: readonly string[]): { bytes: Uint8Array; lengths: number[] } {
  const lengths = parts.map((p) => Buffer.byteLength(p));
  const bytes = new Uint8Array(lengths.reduce((a, b) => a + b, 0));
  let at = 0;
  parts.forEach((p, i) => {
    utf8.encodeInto(p, bytes.subarray(at));
    at += lengths[i]!;
  });
  return { bytes, lengths };
}

/** One JSON line per row, each ending in a newline: joined once into a flat string. */
function jsonLines(rows: readonly object[]): string {
  if (rows.length === 0) return '';
  const lines = rows.map((r) => JSON.stringify(r));
  lines.push('');
  return lines.join('\n');
}

/** One article's document as a dataset of its own. */
function datasetOf(doc: ExtractionDocument): Dataset {
  return {
    sources: [doc.source],
    entities: doc.entities,
    quotes: doc.quotes,
    events: doc.events,
    relations: doc.relations,
    redirects: [],
  };
}

/**
 * Checks one article's document against its text (schemas, ids, references, spans, dates): what a
 * release needs of every article; the cross-article checks are the stream's. Throws a ReleaseError.
 */
export function validateArticle(doc: ExtractionDocument, text: string): void {
  const s = doc.source;
  const report = validateDataset(datasetOf(doc), new Map([[s.id, text]]));
  if (!report.valid) throw new ReleaseError('release/invalid-dataset', `${s.id}: ${summarizeReport(report)}`);
}

/** The release rows of one article's document, in release order: a pure function of the document. */
export function articleRows(doc: ExtractionDocument): ArticleRows {
  const s = doc.source;
  const dataset = sortDataset(datasetOf(doc));
  const tables = toRows(dataset, new Map([[s.id, s.redistributable ? textPathFor(s.id) : null]]));
  const parts: string[] = [];
  for (const t of SOURCE_TABLES) parts.push(jsonLines(tables[t]), encodeCsvRows(t, tables[t]));
  for (const r of tables.event_relations)
    parts.push(`${JSON.stringify(r)}\n`, encodeCsvRows('event_relations', [r]));
  return {
    source: s,
    entities: doc.entities.map((e) => ({ entity: { ...e, mentions: [] }, mentionCount: e.mentions.length })),
    ...pack(parts),
    rows: SOURCE_TABLES.map((t) => tables[t].length),
    relationIds: tables.event_relations.map((r) => r.id),
  };
}
