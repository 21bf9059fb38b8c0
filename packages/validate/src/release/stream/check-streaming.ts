import { indexCodePoints } from '@newsfacts/evidence';
import type { TableName, Texts } from '@newsfacts/schemas';
import { fromRows, type Tables } from '@newsfacts/tables';
import { checkCycles } from '../../dataset/check-cycles.js';
import { checkDates } from '../../dataset/check-dates.js';
import { checkIds } from '../../dataset/check-ids.js';
import { checkRefs } from '../../dataset/check-refs.js';
import { checkSchemas } from '../../dataset/check-schemas.js';
import { checkSources } from '../../dataset/check-sources.js';
import { checkSpans } from '../../dataset/check-spans.js';
import { type DatasetContext, emptyInvalid, type Kind, type SourceInfo } from '../../dataset/context.js';
import type { Problem } from '../../problem.js';
import type { Row } from '../../tables/read-tables.js';
import type { DeclaredFields } from '../check-datapackage.js';
import { checkKeys } from '../check-keys.js';
import { checkManifest } from '../check-manifest.js';
import type { TableData } from '../check-tables.js';
import { textReaders } from '../check-texts.js';
import { locateInTables } from '../locate-in-tables.js';
import type { ReleaseFolder } from '../release-folder.js';
import { type StreamedRow, TableStream } from './table-stream.js';

/*
 * The tables of a release checked in memory that does not grow with the number of rows.
 *
 * Small tables (sources, entities, event_relations, redirects) are read whole. The five large ones
 * (mentions, quotes, events, event_evidence, event_participants) are read in lockstep, one source at a
 * time: the writer sorts them by source then position, and evidence and participant rows follow their
 * events. Each source's rows are rebuilt into records and checked with the dataset checks, with only that
 * source's text loaded. What is checked differently from the in-memory path (validate-release.ts):
 * - duplicate mention, quote and event ids, and duplicate evidence/participant keys, are found within one
 *   source's rows (these ids hash the source text and span, so they can only repeat across sources that
 *   share a text); entities, sources, relations and redirects are checked whole;
 * - an evidence or participant row must come within its event's source group, else it is reported as an
 *   unknown parent (a release written out of order is reported, not silently regrouped);
 * - relation ends are checked against the event ids seen while streaming (only the ends are remembered);
 * - a malformed JSON/JSONL line stops comparisons for that file from there (the rows before it were
 *   compared); the JSON file must have the one-row-per-line layout.
 */

const SMALL: TableName[] = ['sources', 'entities', 'event_relations', 'redirects'];
const LARGE: TableName[] = ['mentions', 'quotes', 'events', 'event_evidence', 'event_participants'];

function emptyTables(): Record<TableName, Row[]> {
  return {
    sources: [],
    entities: [],
    mentions: [],
    quotes: [],
    events: [],
    event_evidence: [],
    event_participants: [],
    event_relations: [],
    redirects: [],
  };
}

/** Source infos from the whole-release check, with the text of a matching source loaded when asked for (a few kept). */
class LazySources extends Map<string, SourceInfo> {
  private readonly loaded = new Map<string, SourceInfo>();
  constructor(
    private readonly known: Map<string, SourceInfo>,
    private readonly read: (id: string) => string | undefined,
  ) {
    super();
  }
  override get(id: string): SourceInfo | undefined {
    const info = this.known.get(id);
    if (!info?.matched) return info;
    let full = this.loaded.get(id);
    if (!full) {
      const raw = this.read(id);
      full = raw === undefined ? info : { ...info, text: indexCodePoints(raw) };
      if (this.loaded.size >= 4) this.loaded.delete(this.loaded.keys().next().value!);
      this.loaded.set(id, full);
    }
    return full;
  }
  override has(id: string): boolean {
    return this.known.has(id);
  }
}

interface Chunk {
  tables: Record<TableName, Row[]>;
  /** Valid rows (indexes into tables[t]). */
  valid: Record<TableName, number[]>;
  /** Index in the file of each table's first row in this chunk. */
  first: Partial<Record<TableName, number>>;
}

function take(stream: TableStream, chunk: Chunk, accept: (r: StreamedRow) => boolean): void {
  const t = stream.table;
  for (let r = stream.peek(); r && accept(r); r = stream.peek()) {
    stream.next();
    if (chunk.tables[t].length === 0) chunk.first[t] = r.index;
    if (r.valid) chunk.valid[t].push(chunk.tables[t].length);
    chunk.tables[t].push(r.row);
  }
}

/** A table's rows per file, its Parquet file's among them. */
function withRows(counts: Map<string, number>, t: TableName, parquet: ReadonlyMap<string, number>) {
  const n = parquet.get(`data/${t}.parquet`);
  if (n !== undefined) counts.set(`data/${t}.parquet`, n);
  return counts;
}

const sourceOf = (r: StreamedRow) => (typeof r.row?.source_id === 'string' ? r.row.source_id : null);

/** The small tables, read whole. */
function readSmallTables(
  streams: Map<TableName, TableStream>,
  parquetRows: ReadonlyMap<string, number>,
): Map<TableName, TableData> {
  const tables = new Map<TableName, TableData>();
  for (const t of SMALL) {
    const s = streams.get(t)!;
    const rows: Row[] = [];
    const valid: number[] = [];
    for (let r = s.next(); r; r = s.next()) {
      if (r.valid) valid.push(rows.length);
      rows.push(r.row);
    }
    tables.set(t, { rows, valid, counts: withRows(s.counts(), t, parquetRows), total: s.total });
  }
  return tables;
}

/** Source texts by id, read when asked for; the last one is kept (a source's rows ask a few times in a row). */
function lazyTexts(
  folder: ReleaseFolder,
  tables: Map<TableName, TableData>,
  supplied: Texts,
  out: Problem[],
) {
  const readers = textReaders(folder, tables, supplied, out);
  let last: [string, string | undefined] | null = null;
  const read = (id: string) => {
    if (last?.[0] !== id) last = [id, readers.get(id)?.()];
    return last[1];
  };
  return { get: read, has: (id: string) => readers.has(id) } as unknown as Texts;
}

/** The whole-release records (sources, entities, relations, redirects) checked as one dataset. */
function checkWhole(tables: Map<TableName, TableData>, texts: Texts, out: Problem[]) {
  const pick = (t: TableName) => tables.get(t)!.valid.map((i) => tables.get(t)!.rows[i]!);
  const whole = fromRows(
    {
      ...emptyTables(),
      sources: pick('sources'),
      entities: pick('entities'),
      event_relations: pick('event_relations'),
      redirects: pick('redirects'),
    } as unknown as Tables,
    new Map(),
  );
  const rowsOf: Record<Kind, number[]> = {
    sources: tables.get('sources')!.valid,
    entities: tables.get('entities')!.valid,
    quotes: [],
    events: [],
    relations: tables.get('event_relations')!.valid,
    redirects: tables.get('redirects')!.valid,
  };
  const ctx: DatasetContext = {
    locate: locateInTables(rowsOf, tables),
    problems: out,
    invalid: emptyInvalid(),
    entityIds: new Set(),
    eventIds: new Set(),
    sources: new Map(),
  };
  checkSchemas(whole, ctx, true);
  checkIds(whole, ctx);
  checkSources(whole, texts, ctx, false);
  return { whole, ctx };
}

/**
 * The next source's rows of the five large tables (the smallest source id at their heads), with the
 * evidence and participant rows of its events; after the last source, the evidence and participant rows
 * left over (they belong to no event). Null when every table is read.
 */
function nextChunk(large: TableStream[]): Chunk | null {
  const [mentions, quotes, events, evidence, participants] = large as [
    TableStream,
    TableStream,
    TableStream,
    TableStream,
    TableStream,
  ];
  const heads = [mentions.peek(), quotes.peek(), events.peek()].filter((r): r is StreamedRow => r !== null);
  const chunk: Chunk = {
    tables: emptyTables(),
    valid: Object.fromEntries(LARGE.map((t) => [t, []])) as unknown as Chunk['valid'],
    first: {},
  };
  if (heads.length === 0) {
    take(evidence, chunk, () => true);
    take(participants, chunk, () => true);
    return chunk.tables.event_evidence.length + chunk.tables.event_participants.length === 0 ? null : chunk;
  }
  // The smallest source id at the heads (code-unit order, as the writer sorts).
  let source: string | null = null;
  for (const k of heads.map(sourceOf)) if (k !== null && (source === null || k < source)) source = k;
  const inSource = (r: StreamedRow) => {
    const k = sourceOf(r);
    return k === null || k === source;
  };
  take(mentions, chunk, inSource);
  take(quotes, chunk, inSource);
  take(events, chunk, inSource);
  const eventIds = new Set(chunk.tables.events.map((r) => r?.id));
  const ofEvents = (r: StreamedRow) => eventIds.has(r.row?.event_id) || typeof r.row?.event_id !== 'string';
  take(evidence, chunk, ofEvents);
  take(participants, chunk, ofEvents);
  return chunk;
}

export function checkTablesStreaming(
  folder: ReleaseFolder,
  declared: DeclaredFields,
  supplied: Texts,
  out: Problem[],
  /** Rows of each Parquet file, counted by the Parquet check (compare-parquet.ts). */
  parquetRows: ReadonlyMap<string, number> = new Map(),
): void {
  const streams = new Map<TableName, TableStream>();
  for (const t of [...SMALL, ...LARGE])
    streams.set(t, new TableStream(t, folder, declared.get(t) ?? undefined, out));
  const tables = readSmallTables(streams, parquetRows);
  checkKeys(new Map([['redirects', tables.get('redirects')!]]), out);

  const texts = lazyTexts(folder, tables, supplied, out);
  const { whole, ctx } = checkWhole(tables, texts, out);
  const sources = new LazySources(ctx.sources, (id) => texts.get(id));
  const entityRows = new Map<string, number>();
  const entityIdsAll = new Set<unknown>();
  tables.get('entities')!.rows.forEach((r, i) => {
    entityIdsAll.add(r?.id);
    if (typeof r?.id === 'string' && !entityRows.has(r.id)) entityRows.set(r.id, i);
  });
  const shared: Shared = {
    sources,
    entityIds: ctx.entityIds,
    entityIdsAll,
    entityRows,
    entityValid: new Set(tables.get('entities')!.valid),
    entityTable: tables.get('entities')!,
    texts,
    // Relation ends, and those found among the streamed events.
    ends: new Set(whole.relations.flatMap((r) => [r.from, r.to])),
    found: new Set(),
    out,
  };
  const large = LARGE.map((t) => streams.get(t)!);
  for (let chunk = nextChunk(large); chunk; chunk = nextChunk(large)) checkChunk(chunk, shared);
  for (const t of LARGE) {
    const s = streams.get(t)!;
    s.next(); // ends the table: rows left in CSV/JSONL are reported, comparisons finished
    tables.set(t, { rows: [], valid: [], counts: withRows(s.counts(), t, parquetRows), total: s.total });
  }
  checkManifest(folder, tables, out);

  // Relations: ends among the streamed events, spans with their source's text, no before/after cycle.
  const relations = { ...ctx, sources, eventIds: shared.found };
  checkRefs(whole, relations);
  checkSpans(whole, relations);
  checkCycles(whole, relations);
}

interface Shared {
  sources: LazySources;
  entityIds: Set<string>;
  entityIdsAll: Set<unknown>;
  entityRows: Map<string, number>;
  entityTable: TableData;
  entityValid: Set<number>;
  texts: Texts;
  ends: Set<string>;
  found: Set<string>;
  out: Problem[];
}

/** The dataset checks over one source's rows, located at their rows in the table files. */
function checkChunk(chunk: Chunk, s: Shared): void {
  const { tables, valid, first } = chunk;
  const data = new Map<TableName, { rows: Row[]; valid: number[] }>(
    LARGE.map((t) => [t, { rows: tables[t], valid: valid[t] }]),
  );
  checkKeys(data, s.out, {
    offsets: first,
    parents: { entities: s.entityIdsAll, events: new Set(tables.events.map((r) => r?.id)) },
  });
  const pick = (t: TableName) => valid[t].map((i) => tables[t][i]!);
  const mentions = pick('mentions');
  // The entities these mentions belong to, each once, with only this source's mentions.
  const entityIndex: number[] = [];
  const entities: Row[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const id = m.entity_id as string;
    const i = s.entityRows.get(id);
    if (seen.has(id) || i === undefined || !s.entityValid.has(i)) continue;
    seen.add(id);
    entityIndex.push(i);
    entities.push(s.entityTable.rows[i]!);
  }
  const dataset = fromRows(
    {
      ...emptyTables(),
      entities,
      mentions,
      quotes: pick('quotes'),
      events: pick('events'),
      event_evidence: pick('event_evidence'),
      event_participants: pick('event_participants'),
    } as unknown as Tables,
    s.texts,
  );
  for (const q of dataset.quotes) {
    if (q.cue && !s.texts.has(q.cue.evidence.source))
      q.cue.evidence = { ...q.cue.evidence, exact: q.cue.text, prefix: '', suffix: '' };
  }
  const at = (t: TableName) => valid[t].map((i) => i + (first[t] ?? 0));
  const rowsOf: Record<Kind, number[]> = {
    sources: [],
    entities: entityIndex,
    quotes: at('quotes'),
    events: at('events'),
    relations: [],
    redirects: [],
  };
  const ctx: DatasetContext = {
    locate: locateInTables(rowsOf, data, first),
    problems: s.out,
    invalid: emptyInvalid(),
    entityIds: new Set(),
    eventIds: new Set(),
    sources: s.sources,
  };
  checkSchemas(dataset, ctx, true);
  checkIds(dataset, ctx);
  for (const id of ctx.eventIds) if (s.ends.has(id)) s.found.add(id);
  ctx.entityIds = s.entityIds;
  checkRefs(dataset, ctx);
  checkSpans(dataset, ctx);
  checkDates(dataset, ctx);
}
