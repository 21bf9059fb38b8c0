import { mkdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { EntityTally } from '@newsfacts/normalize';
import {
  type ExtractionDocument,
  rowValidatorFor,
  type Source,
  type SourceRow,
  TABLE_NAMES,
  type TableName,
} from '@newsfacts/schemas';
import { compareStrings, encodeCsvHeader, encodeCsvRows, entityRow, type Tables } from '@newsfacts/tables';
import { DEFAULT_FORMATS, type TableFormat } from '@newsfacts/validate';
import type { TableCounts } from '../build-manifest.js';
import { commitRelease, type PublishOptions, type PublishResult } from '../commit-release.js';
import type { FileEntry } from '../file-entry.js';
import { PAGE_SOURCES } from '../page-sample.js';
import { ReleaseError } from '../release-error.js';
import { DEFAULT_LICENSE, type ReleaseInput } from '../release-input.js';
import { removeStaleTemps } from '../remove-stale-temps.js';
import { assertDatasetName, assertVersion } from '../semver.js';
import { sourceRepeat } from '../source-repeat.js';
import { formatsOf } from '../table-formats.js';
import { textPathFor } from '../text-path.js';
import { withIoErrors } from '../with-io-errors.js';
import { tempName } from '../write-atomic.js';
import {
  type ArticleRows,
  articleRows,
  SOURCE_TABLES,
  type SourceTable,
  validateArticle,
} from './article-rows.js';
import type { CopyJob } from './copy-tables.js';
import { type CuratedEntities, RedirectsTable, type TableSink, writeParquetTables } from './redirect-rows.js';
import { copyInWorkers } from './run-in-worker.js';
import { SlotColumns, TEXT_AT, TEXT_BYTES } from './slot-columns.js';
import { SpillFile } from './spill-file.js';
import { StreamStaged } from './stream-staged.js';
import { type TableWriter, writeTable } from './table-writer.js';

interface RelationRef {
  id: string;
  at: number;
  jsonlBytes: number;
  csvBytes: number;
}

/** The release metadata a streamed publish needs (the records come through `add`). */
export type StreamPublishInput = Omit<ReleaseInput, 'dataset' | 'texts'>;

/**
 * A release written while the articles stream in, for corpora too large for memory: each article's
 * rows are encoded and appended to scratch files as it arrives; only one slot per article, the
 * distinct entities and the relations' ids stay in memory. `publish` then writes every table in
 * release order (articles by source id), the shared descriptive files, validates the folder and renames
 * it into place exactly as publishRelease does. Same input, same bytes as publishRelease.
 */
export class ReleaseStream {
  /** Source id of every slot, and the slot of every source id. */
  private readonly ids: string[] = [];
  readonly slotOf = new Map<string, number>();
  private readonly slots = new SlotColumns();
  readonly entities = new EntityTally(false);
  curated: CuratedEntities | null = null; // curation's entity table and redirects, instead of the tally's
  private readonly spills: Record<SourceTable, { jsonl: SpillFile; csv: SpillFile }>;
  private readonly relationSpill: SpillFile;
  private readonly relations: RelationRef[] = [];
  private closed = false;
  private scratchDropped = false;
  /** The shipped texts, one after the other (written to their files at publish, off this thread). */
  private readonly texts: SpillFile;
  /** The release's table formats, known at publish. */
  private formats: readonly TableFormat[] = DEFAULT_FORMATS;

  private constructor(
    private readonly datasetsDir: string,
    readonly name: string,
    private readonly staging: string,
    readonly work: string,
  ) {
    mkdirSync(join(staging, 'data'), { recursive: true });
    mkdirSync(join(staging, 'texts'), { recursive: true });
    mkdirSync(work, { recursive: true });
    this.spills = Object.fromEntries(
      SOURCE_TABLES.map((t) => [
        t,
        { jsonl: new SpillFile(join(work, `${t}.jsonl`)), csv: new SpillFile(join(work, `${t}.csv`)) },
      ]),
    ) as ReleaseStream['spills'];
    this.relationSpill = new SpillFile(join(work, 'event_relations'));
    this.texts = new SpillFile(join(work, 'texts'));
  }

  /** Opens a stream into datasets/<name>/ (scratch folders beside the versions, removed at the end). */
  static open(datasetsDir: string, name: string): Promise<ReleaseStream> {
    return withIoErrors(async () => {
      assertDatasetName(name);
      const datasetDir = join(datasetsDir, name);
      await mkdir(datasetDir, { recursive: true });
      await removeStaleTemps(datasetDir);
      return new ReleaseStream(
        datasetsDir,
        name,
        join(datasetDir, tempName('stream')),
        join(datasetDir, tempName('spill')),
      );
    });
  }

  get articles(): number {
    return this.ids.length;
  }

  /**
   * Adds one article's document and exact text: validated against the text (validateArticle), then
   * encoded. The same article twice is dropped ('repeat'); another text under a source id already
   * added is an error.
   */
  add(doc: ExtractionDocument, text: string): 'added' | 'repeat' {
    if (this.slotOf.has(doc.source.id)) return this.addPrepared(null, doc.source, text);
    validateArticle(doc, text);
    return this.addPrepared(articleRows(doc), doc.source, text);
  }

  /**
   * Adds one article as `articleRows` of its document encoded them, after `validateArticle` passed
   * (a worker does both, so this thread only appends).
   */
  addRows(rows: ArticleRows, text: string): 'added' | 'repeat' {
    return this.addPrepared(rows, rows.source, text);
  }

  private addPrepared(r: ArticleRows | null, s: Source, text: string): 'added' | 'repeat' {
    if (this.closed) throw new Error('bug: add after publish');
    const textSha256 = sha256(text);
    const seen = this.slotOf.get(s.id);
    if (
      sourceRepeat(s.id, seen === undefined ? undefined : this.sourceRow(seen).sha256, textSha256) ===
      'repeat'
    )
      return 'repeat';
    if (!r) throw new Error('bug: rows missing for a new article');
    if (textSha256 !== s.sha256)
      throw new ReleaseError(
        'release/missing-text',
        `the text given for source ${s.id} does not match its sha256`,
      );
    // appended to one scratch file: creating a file per article here would cost more than the rest
    const [textAt, textBytes] = s.redistributable ? this.texts.append(Buffer.from(text, 'utf8')) : [-1, -1];
    // the parts of r.bytes, in order: each table's JSON Lines and CSV lines, then each relation's
    let from = 0;
    let part = 0;
    const next = (spill: SpillFile) => {
      const n = r.lengths[part++]!;
      from += n;
      return spill.append(r.bytes.subarray(from - n, from));
    };
    const at: number[] = [];
    SOURCE_TABLES.forEach((t, i) => {
      at.push(...next(this.spills[t].jsonl), ...next(this.spills[t].csv), r.rows[i]!);
    });
    at.push(textBytes, textAt);
    this.slotOf.set(s.id, this.ids.length);
    this.ids.push(s.id);
    this.slots.push(at);
    for (const id of r.relationIds) {
      const [offset, jsonlBytes] = next(this.relationSpill);
      const [, csvBytes] = next(this.relationSpill);
      this.relations.push({ id, at: offset, jsonlBytes, csvBytes });
    }
    for (const { entity, mentionCount } of r.entities) this.entities.add(s.id, entity, mentionCount);
    return 'added';
  }

  /** One slot's rows of a source-ordered table, as the UTF-8 bytes of its JSON Lines and CSV lines. */
  private chunk(slot: number, table: number): { jsonl: Buffer; csv: Buffer; rows: number } {
    const f = table * 5;
    const spill = this.spills[SOURCE_TABLES[table]!];
    const get = (k: number) => this.slots.get(slot, f + k);
    return {
      jsonl: spill.jsonl.readBytes(get(0), get(1)),
      csv: spill.csv.readBytes(get(2), get(3)),
      rows: get(4),
    };
  }

  private sourceRow(slot: number): SourceRow {
    return JSON.parse(this.chunk(slot, 0).jsonl.toString('utf8')) as SourceRow;
  }

  /** Writes, validates and publishes the release; the scratch folders are gone afterwards. */
  publish(input: StreamPublishInput, options: PublishOptions = {}): Promise<PublishResult> {
    if (input.name !== this.name) throw new Error('bug: stream opened for another dataset');
    this.closed = true;
    return withIoErrors(async () => {
      try {
        if (input.version !== undefined) assertVersion(input.version);
        const staged = await this.stageTables(input);
        return await commitRelease({ datasetsDir: this.datasetsDir, ...input }, staged, options);
      } finally {
        this.dropScratch();
        await rm(this.staging, { recursive: true, force: true });
      }
    });
  }

  /**
   * Closes and removes the scratch files (spills, diff and Parquet scratch): once the release folder
   * is written nothing reads them, and removed before the folder's sync their dirty pages are dropped
   * instead of written to disk (about two thirds of the release's table bytes). Safe to call twice.
   */
  private dropScratch(): void {
    if (this.scratchDropped) return;
    this.scratchDropped = true;
    for (const t of SOURCE_TABLES) {
      this.spills[t].jsonl.close();
      this.spills[t].csv.close();
    }
    this.relationSpill.close();
    this.texts.close();
    rmSync(this.work, { recursive: true, force: true });
  }

  /** Removes the scratch folders without publishing. */
  async abort(): Promise<void> {
    this.closed = true;
    this.dropScratch();
    rmSync(this.staging, { recursive: true, force: true });
  }

  /** Writes every table and lists the texts; what is left to build depends on the version only. */
  private async stageTables(input: StreamPublishInput): Promise<StreamStaged> {
    const built = new Map<string, FileEntry>();
    const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
    const page = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Tables;
    const ids = this.ids;
    const order = Uint32Array.from(ids.keys()).sort((a, b) => compareStrings(ids[a]!, ids[b]!));
    const sink = { built, counts, page, rows: new Map<TableName, string>() };
    this.formats = formatsOf(input.meta);
    await this.copyTables(order, sink);
    const redirects = new RedirectsTable(
      this.staging,
      this.work,
      this.formats,
      this.curated?.redirects ?? [],
      sink,
    );
    redirects.write(redirects.firstRows());
    if (this.formats.includes('parquet')) await writeParquetTables(this.staging, TABLE_NAMES, sink);
    const textPaths = this.listTexts(order, built);
    const pageTexts = new Map<string, string>();
    for (const s of page.sources)
      if (s.text_path) pageTexts.set(s.id, await readFile(join(this.staging, s.text_path), 'utf8'));
    // Every source, re-read from the scratch file at each pass (several files list them all).
    const sources: Iterable<SourceRow> = {
      [Symbol.iterator]: function* (this: ReleaseStream) {
        for (const slot of order) yield this.sourceRow(slot);
      }.bind(this),
    };
    const meta = { ...input.meta, license: input.meta.license || DEFAULT_LICENSE };
    const docs = {
      ...input,
      meta,
      sources,
      textPaths,
      counts: counts as TableCounts,
      pageTables: page,
      pageTexts,
    };
    return new StreamStaged(this.staging, this.work, docs, built, sink.rows, redirects, () =>
      this.dropScratch(),
    );
  }

  private writeTable(t: TableName): TableWriter {
    return writeTable(this.staging, t, this.formats, this.work);
  }

  private endTable(w: TableWriter, t: TableName, sink: TableSink): void {
    for (const e of w.end()) sink.built.set(e.path, e);
    if (w.jsonlFile) sink.rows.set(t, w.jsonlFile);
  }

  /**
   * The source-ordered tables and the event relations copied from the scratch files, and the texts
   * written, by a worker thread (copy-tables.ts) while this one writes the entities; then their files,
   * counts and page rows join the sink.
   */
  private async copyTables(order: Uint32Array, sink: TableSink): Promise<void> {
    const copied = copyInWorkers(this.copyJob(order));
    try {
      this.sourcePageRows(order, sink);
      this.writeEntities(sink);
    } catch (e) {
      await copied.catch(() => {});
      throw e;
    }
    const { entries, rowFiles, pageRelations } = await copied;
    const tables: TableName[] = [...SOURCE_TABLES, 'event_relations'];
    tables.forEach((t, i) => {
      for (const e of entries[i]!) sink.built.set(e.path, e);
      if (rowFiles[i]) sink.rows.set(t, rowFiles[i]!);
    });
    sink.page.event_relations.push(...(pageRelations as never[]));
    sink.counts.event_relations = this.relations.length;
  }

  /** What the worker copies: byte ranges of the scratch files, in release order. */
  private copyJob(order: Uint32Array): CopyJob {
    for (const t of SOURCE_TABLES) {
      this.spills[t].jsonl.flush();
      this.spills[t].csv.flush();
    }
    this.relationSpill.flush();
    this.texts.flush();
    const tables = SOURCE_TABLES.map((t, i) => {
      const ranges = new Float64Array(order.length * 4);
      order.forEach((slot, k) => {
        for (let j = 0; j < 4; j++) ranges[4 * k + j] = this.slots.get(slot, i * 5 + j);
      });
      const { jsonl, csv } = this.spills[t];
      return { table: t, csvHeader: encodeCsvHeader(t), jsonl: jsonl.path, csv: csv.path, ranges };
    });
    const paths: string[] = [];
    const textRanges: number[] = [];
    for (const slot of order)
      if (this.slots.get(slot, TEXT_BYTES) >= 0) {
        paths.push(textPathFor(this.ids[slot]!));
        textRanges.push(this.slots.get(slot, TEXT_AT), this.slots.get(slot, TEXT_BYTES));
      }
    const texts = { spill: this.texts.path, paths, ranges: Float64Array.from(textRanges) };
    const { staging, work, formats } = this;
    return { staging, work, formats, tables, relations: this.relationJob(order), texts };
  }

  /** Source-ordered tables' counts, and the rows of the sources the page shows. */
  private sourcePageRows(order: Uint32Array, sink: TableSink): void {
    SOURCE_TABLES.forEach((t, i) => {
      for (const slot of order) sink.counts[t] += this.slots.get(slot, i * 5 + 4);
      for (const slot of order.subarray(0, PAGE_SOURCES)) {
        const { jsonl } = this.chunk(slot, i);
        if (jsonl.length > 0)
          for (const line of jsonl.toString('utf8').slice(0, -1).split('\n'))
            (sink.page[t] as unknown as unknown[]).push(JSON.parse(line));
      }
    });
  }

  /** Entities: merged across articles, in memory (they grow with distinct entities only). */
  private writeEntities(sink: TableSink): void {
    const w = this.writeTable('entities');
    const valid = rowValidatorFor('entities');
    for (const { entity, mentionCount } of this.curated?.entities ?? this.entities.build()) {
      const row = entityRow(entity, mentionCount);
      if (!valid(row))
        throw new ReleaseError(
          'release/invalid-dataset',
          `${this.name}: merged entity ${entity.id} is not valid`,
        );
      w.add(`${JSON.stringify(row)}\n`, encodeCsvRows('entities', [row]));
      sink.page.entities.push(row);
      sink.counts.entities++;
    }
    this.endTable(w, 'entities', sink);
  }

  /** Event relations ordered by id across the corpus (an id used twice is an error). */
  private relationJob(order: Uint32Array): CopyJob['relations'] {
    const shown = Array.from(order.subarray(0, PAGE_SOURCES), (slot) => this.ids[slot]!);
    const refs = [...this.relations].sort((a, b) => compareStrings(a.id, b.id));
    const ranges = new Float64Array(refs.length * 3);
    refs.forEach((r, k) => {
      if (k > 0 && refs[k - 1]!.id === r.id)
        throw new ReleaseError('release/invalid-dataset', `${this.name}: relation id ${r.id} is used twice`);
      ranges.set([r.at, r.jsonlBytes, r.csvBytes], 3 * k);
    });
    return { csvHeader: encodeCsvHeader('event_relations'), spill: this.relationSpill.path, ranges, shown };
  }

  /** The text path of every source (null: not shipped); the shipped ones join the built files. */
  private listTexts(order: Uint32Array, built: Map<string, FileEntry>): Map<string, string | null> {
    const textPaths = new Map<string, string | null>();
    for (const slot of order) {
      const id = this.ids[slot]!;
      const bytes = this.slots.get(slot, TEXT_BYTES);
      const path = bytes >= 0 ? textPathFor(id) : null;
      textPaths.set(id, path);
      if (path) built.set(path, { path, bytes, sha256: this.sourceRow(slot).sha256 });
    }
    return textPaths;
  }
}
