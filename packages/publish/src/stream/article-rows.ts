import { sortDataset } from '@newsfacts/normalize';
import type { Dataset, Entity, ExtractionDocument, Source, TableName } from '@newsfacts/schemas';
import { encodeCsvRows, toRows } from '@newsfacts/tables';
import { validateDataset } from '@newsfacts/validate';
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

/** One table's rows of one article, encoded as they appear in the release files. */
export interface EncodedRows {
  /** JSON Lines, one row per line (also the lines of the .json array). */
  jsonl: string;
  /** CSV data lines, no header. */
  csv: string;
  rows: number;
}

/** An event relation, encoded, with the id that orders it in the release. */
export interface EncodedRelation {
  id: string;
  jsonl: string;
  csv: string;
}

/** One article's part of every source-ordered table, plus its relations: what a worker can encode. */
export interface ArticleRows {
  source: Source;
  /** The article's entities without their mentions (the stream merges them), and how many each has. */
  entities: { entity: Entity; mentionCount: number }[];
  tables: Record<SourceTable, EncodedRows>;
  relations: EncodedRelation[];
}

function encode(table: TableName, rows: readonly object[]): EncodedRows {
  let jsonl = '';
  for (const r of rows) jsonl += `${JSON.stringify(r)}\n`;
  return { jsonl, csv: encodeCsvRows(table, rows), rows: rows.length };
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
  return {
    source: s,
    entities: doc.entities.map((e) => ({ entity: { ...e, mentions: [] }, mentionCount: e.mentions.length })),
    tables: Object.fromEntries(SOURCE_TABLES.map((t) => [t, encode(t, tables[t])])) as Record<
      SourceTable,
      EncodedRows
    >,
    relations: tables.event_relations.map((r) => ({
      id: r.id,
      jsonl: `${JSON.stringify(r)}\n`,
      csv: encodeCsvRows('event_relations', [r]),
    })),
  };
}
