import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { EntityTally } from '@newsfacts/normalize';
import {
  type ExtractionDocument,
  type Manifest,
  rowValidatorFor,
  SCHEMA_VERSION,
  type Source,
  type SourceRow,
  TABLE_NAMES,
  type TableName,
} from '@newsfacts/schemas';
import { compareStrings, encodeCsvHeader, encodeCsvRows, entityRow, type Tables } from '@newsfacts/tables';
import { STREAM_ABOVE_BYTES, validateRelease } from '@newsfacts/validate';
import type { TableCounts } from '../build-manifest.js';
import { buildReleaseDocs } from '../build-release-docs.js';
import { decideVersion } from '../decide-version.js';
import type { FileEntry } from '../file-entry.js';
import { PAGE_SOURCES } from '../page-sample.js';
import type { PublishOptions, PublishResult } from '../publish-release.js';
import { finishIndexes } from '../publish-release.js';
import { ReleaseError } from '../release-error.js';
import { DEFAULT_LICENSE, type ReleaseInput } from '../release-input.js';
import { removeStaleTemps } from '../remove-stale-temps.js';
import { assertDatasetName, assertVersion, compareSemver } from '../semver.js';
import { summarizeReport } from '../summarize-report.js';
import { textPathFor } from '../text-path.js';
import { loadVersions } from '../versions-index.js';
import { withIoErrors } from '../with-io-errors.js';
import { syncDir, syncTree, tempName } from '../write-atomic.js';
import {
  type ArticleRows,
  articleRows,
  SOURCE_TABLES,
  type SourceTable,
  validateArticle,
} from './article-rows.js';
import { type ChangeSet, diffAgainst, summarizeChanges, writeChangelog } from './diff-stream.js';
import { HashingWriter } from './hashing-writer.js';
import { SpillFile } from './spill-file.js';
import { verifyChecksums } from './verify-checksums.js';

/**
 * Per article, in one growing Float64Array: for each source-ordered table its jsonl offset, jsonl
 * bytes, csv offset, csv bytes and row count, then the bytes of its shipped text (-1: not shipped).
 * Flat numbers instead of an object per article keep what grows with the corpus small.
 */
class SlotColumns {
  static readonly WIDTH = SOURCE_TABLES.length * 5 + 1;
  private data = new Float64Array(1024 * SlotColumns.WIDTH);
  length = 0;

  push(values: readonly number[]): void {
    if ((this.length + 1) * SlotColumns.WIDTH > this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.set(values, this.length * SlotColumns.WIDTH);
    this.length++;
  }

  get(slot: number, field: number): number {
    return this.data[slot * SlotColumns.WIDTH + field]!;
  }
}

const TEXT_BYTES = SlotColumns.WIDTH - 1;

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
  private readonly slotOf = new Map<string, number>();
  private readonly slots = new SlotColumns();
  private readonly entities = new EntityTally(false);
  private readonly spills: Record<SourceTable, { jsonl: SpillFile; csv: SpillFile }>;
  private readonly relationSpill: SpillFile;
  private readonly relations: RelationRef[] = [];
  private closed = false;

  private constructor(
    private readonly datasetsDir: string,
    readonly name: string,
    private readonly staging: string,
    private readonly work: string,
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
    if (seen !== undefined) {
      if (this.sourceRow(seen).sha256 === textSha256) return 'repeat';
      throw new ReleaseError(
        'release/duplicate-source',
        `source id '${s.id}' is used by two different texts`,
      );
    }
    if (!r) throw new Error('bug: rows missing for a new article');
    if (textSha256 !== s.sha256)
      throw new ReleaseError(
        'release/missing-text',
        `the text given for source ${s.id} does not match its sha256`,
      );
    let textBytes = -1;
    if (s.redistributable) {
      const path = textPathFor(s.id);
      const bytes = Buffer.from(text, 'utf8');
      try {
        // synced all at once before the rename (syncTree): one fsync per text would dominate a corpus
        writeFileSync(join(this.staging, path), bytes, { flag: 'wx', mode: 0o644 });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST')
          throw new ReleaseError('release/invalid-dataset', `two sources share the text path ${path}`);
        throw e;
      }
      textBytes = bytes.byteLength;
    }
    const at: number[] = [];
    for (const t of SOURCE_TABLES) {
      const part = r.tables[t];
      at.push(...this.spills[t].jsonl.append(part.jsonl), ...this.spills[t].csv.append(part.csv), part.rows);
    }
    at.push(textBytes);
    this.slotOf.set(s.id, this.ids.length);
    this.ids.push(s.id);
    this.slots.push(at);
    for (const rel of r.relations) {
      const [offset, jsonlBytes] = this.relationSpill.append(rel.jsonl);
      const [, csvBytes] = this.relationSpill.append(rel.csv);
      this.relations.push({ id: rel.id, at: offset, jsonlBytes, csvBytes });
    }
    for (const { entity, mentionCount } of r.entities) this.entities.add(s.id, entity, mentionCount);
    return 'added';
  }

  /** One slot's rows of a source-ordered table, as JSON Lines and CSV lines. */
  private chunk(slot: number, table: number): { jsonl: string; csv: string; rows: number } {
    const f = table * 5;
    const spill = this.spills[SOURCE_TABLES[table]!];
    const get = (k: number) => this.slots.get(slot, f + k);
    return { jsonl: spill.jsonl.read(get(0), get(1)), csv: spill.csv.read(get(2), get(3)), rows: get(4) };
  }

  private sourceRow(slot: number): SourceRow {
    return JSON.parse(this.chunk(slot, 0).jsonl) as SourceRow;
  }

  /** Writes, validates and publishes the release; the scratch folders are gone afterwards. */
  publish(input: StreamPublishInput, options: PublishOptions = {}): Promise<PublishResult> {
    if (input.name !== this.name) throw new Error('bug: stream opened for another dataset');
    this.closed = true;
    return withIoErrors(async () => {
      try {
        return await this.publishStaged(input, options);
      } finally {
        for (const t of SOURCE_TABLES) {
          this.spills[t].jsonl.close();
          this.spills[t].csv.close();
        }
        this.relationSpill.close();
        await rm(this.work, { recursive: true, force: true });
        await rm(this.staging, { recursive: true, force: true });
      }
    });
  }

  /** Removes the scratch folders without publishing. */
  abort(): void {
    this.closed = true;
    rmSync(this.work, { recursive: true, force: true });
    rmSync(this.staging, { recursive: true, force: true });
  }

  private writer(path: string): HashingWriter {
    return new HashingWriter(join(this.staging, path), path);
  }

  /** The three files of a table, written row chunk by row chunk. */
  private tableWriters(table: TableName) {
    const csv = this.writer(`data/${table}.csv`);
    const json = this.writer(`data/${table}.json`);
    const jsonl = this.writer(`data/${table}.jsonl`);
    csv.write(encodeCsvHeader(table));
    let any = false;
    return {
      add(jsonlChunk: string, csvChunk: string) {
        if (jsonlChunk.length === 0) return;
        jsonl.write(jsonlChunk);
        csv.write(csvChunk);
        // JSON.stringify never writes a raw line break, so the rows are the lines
        json.write((any ? ',\n' : '[\n') + jsonlChunk.slice(0, -1).replaceAll('\n', ',\n'));
        any = true;
      },
      end(): FileEntry[] {
        json.write(any ? '\n]\n' : '[]\n');
        return [csv.end(), json.end(), jsonl.end()];
      },
    };
  }

  private async publishStaged(input: StreamPublishInput, options: PublishOptions): Promise<PublishResult> {
    const stage = options.onStage ?? (() => {});
    if (input.version !== undefined) assertVersion(input.version);
    const meta = { ...input.meta, license: input.meta.license || DEFAULT_LICENSE };
    const built = new Map<string, FileEntry>();
    const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
    const page: Tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Tables;
    const pageTexts = new Map<string, string>();

    // Source-ordered tables: articles in source-id order, each article's rows already in order.
    const ids = this.ids;
    const order = Uint32Array.from(ids.keys()).sort((a, b) => compareStrings(ids[a]!, ids[b]!));
    SOURCE_TABLES.forEach((t, i) => {
      const w = this.tableWriters(t);
      order.forEach((slot, k) => {
        const { jsonl, csv, rows } = this.chunk(slot, i);
        w.add(jsonl, csv);
        counts[t] += rows;
        if (k < PAGE_SOURCES && jsonl.length > 0)
          for (const line of jsonl.slice(0, -1).split('\n'))
            (page[t] as unknown as unknown[]).push(JSON.parse(line));
      });
      for (const e of w.end()) built.set(e.path, e);
    });
    // Every source, re-read from the scratch file at each pass (several files list them all).
    const sources: Iterable<SourceRow> = {
      [Symbol.iterator]: function* (this: ReleaseStream) {
        for (const slot of order) yield this.sourceRow(slot);
      }.bind(this),
    };
    const textPaths = new Map<string, string | null>();
    for (const slot of order) {
      const id = ids[slot]!;
      const bytes = this.slots.get(slot, TEXT_BYTES);
      const path = bytes >= 0 ? textPathFor(id) : null;
      textPaths.set(id, path);
      if (path) built.set(path, { path, bytes, sha256: this.sourceRow(slot).sha256 });
    }

    // Entities: merged across articles, in memory (they grow with distinct entities only).
    {
      const w = this.tableWriters('entities');
      const valid = rowValidatorFor('entities');
      for (const { entity, mentionCount } of this.entities.build()) {
        const row = entityRow(entity, mentionCount);
        if (!valid(row))
          throw new ReleaseError(
            'release/invalid-dataset',
            `${this.name}: merged entity ${entity.id} is not valid`,
          );
        w.add(`${JSON.stringify(row)}\n`, encodeCsvRows('entities', [row]));
        page.entities.push(row);
        counts.entities++;
      }
      for (const e of w.end()) built.set(e.path, e);
    }

    // Event relations: ordered by id across the corpus; the page keeps those of the sources it shows.
    {
      const shown = new Set(Array.from(order.subarray(0, PAGE_SOURCES), (slot) => ids[slot]!));
      const w = this.tableWriters('event_relations');
      const refs = [...this.relations].sort((a, b) => compareStrings(a.id, b.id));
      for (let k = 0; k < refs.length; k++) {
        const r = refs[k]!;
        if (k > 0 && refs[k - 1]!.id === r.id)
          throw new ReleaseError(
            'release/invalid-dataset',
            `${this.name}: relation id ${r.id} is used twice`,
          );
        const jsonl = this.relationSpill.read(r.at, r.jsonlBytes);
        w.add(jsonl, this.relationSpill.read(r.at + r.jsonlBytes, r.csvBytes));
        const row = JSON.parse(jsonl) as { source_id: string };
        if (shown.has(row.source_id)) page.event_relations.push(row as never);
        counts.event_relations++;
      }
      for (const e of w.end()) built.set(e.path, e);
    }
    {
      const w = this.tableWriters('redirects');
      for (const e of w.end()) built.set(e.path, e);
    }
    for (const s of page.sources)
      if (s.text_path) pageTexts.set(s.id, await readFile(join(this.staging, s.text_path), 'utf8'));

    // Version: as publishRelease decides it, with the diff streamed from the previous release's files.
    const datasetDir = join(this.datasetsDir, this.name);
    const index = await loadVersions(datasetDir, this.name);
    const newest = index.versions.at(-1)?.version ?? null;
    const dirOf = (version: string | undefined) => (version ? join(datasetDir, version) : null);
    const baseOf = (version: string) =>
      dirOf(index.versions[index.versions.findIndex((v) => v.version === version) - 1]?.version);
    let diffs = 0;
    const diff = (base: string | null) =>
      diffAgainst(base, this.staging, join(this.work, `diff-${diffs++}`), counts as TableCounts);
    const docsFor = (version: string, changes: ChangeSet) => {
      rmSync(join(this.staging, 'CHANGELOG.md'), { force: true });
      const changelog = writeChangelog(this.writer('CHANGELOG.md'), meta.title, version, changes);
      return buildReleaseDocs(
        {
          name: this.name,
          version,
          meta,
          inputsSha256: input.inputsSha256,
          sourceDateEpoch: input.sourceDateEpoch,
          sources,
          textPaths,
          counts: counts as TableCounts,
          pageTables: page,
          pageTexts,
        },
        new Map([...built, [changelog.path, changelog]]),
      );
    };
    /** Rebuilt as `version` (against the version before it), are these the published bytes? */
    const sameAsPublished = async (version: string) => {
      const docs = docsFor(version, diff(baseOf(version)));
      const published = await readFile(join(datasetDir, version, 'SHA256SUMS'), 'utf8').catch(() => null);
      return published !== null && Buffer.from(docs.get('SHA256SUMS')!).toString('utf8') === published;
    };
    const unchanged = async (version: string): Promise<PublishResult> => {
      await finishIndexes(this.datasetsDir, datasetDir, this.name);
      const dir = join(datasetDir, version);
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
      return {
        status: 'unchanged',
        version,
        dir,
        rootSha256: sha256(await readFile(join(dir, 'SHA256SUMS'))),
        counts: manifest.counts,
        changes: { from: version, tables: [] },
      };
    };

    if (input.version !== undefined && index.versions.some((v) => v.version === input.version)) {
      if (!(await sameAsPublished(input.version)))
        throw new ReleaseError(
          'release/version-exists',
          `${this.name} ${input.version} is already published with other content`,
        );
      return unchanged(input.version);
    }
    let previous: Manifest | null = null;
    if (newest) {
      previous = JSON.parse(await readFile(join(datasetDir, newest, 'manifest.json'), 'utf8')) as Manifest;
      if (
        input.version === undefined &&
        previous.inputs_sha256 === input.inputsSha256 &&
        (await sameAsPublished(newest))
      )
        return unchanged(newest);
    }
    const changes = diff(dirOf(newest ?? undefined));
    const version = decideVersion(
      previous ? { manifest: previous } : null,
      summarizeChanges(changes),
      SCHEMA_VERSION,
      input.version,
    );
    if (newest && compareSemver(version, newest) <= 0)
      throw new ReleaseError('release/version-not-higher', `version ${version} is not higher than ${newest}`);
    const docs = docsFor(version, changes);
    for (const [path, bytes] of docs)
      writeFileSync(join(this.staging, path), bytes, { flag: 'wx', mode: 0o644 });
    stage('built');
    syncTree(this.staging);
    stage('written');
    // Every record was validated with its text as it came (validateArticle) and every merged entity
    // above; the folder is read back whole as publishRelease does while that stays cheap, and
    // checked byte for byte against SHA256SUMS beyond (a full read-back would cost more than the build).
    const dataBytes = [...built.values()].reduce((n, e) => n + (e.path.startsWith('data/') ? e.bytes : 0), 0);
    if (dataBytes <= STREAM_ABOVE_BYTES) {
      const check = await validateRelease(this.staging);
      if (!check.valid)
        throw new ReleaseError(
          'release/invalid-release',
          `${this.name} ${version}: ${summarizeReport(check)}`,
        );
    } else {
      const problem = verifyChecksums(this.staging, Buffer.from(docs.get('SHA256SUMS')!).toString('utf8'));
      if (problem) throw new ReleaseError('release/invalid-release', `${this.name} ${version}: ${problem}`);
    }
    stage('validated');
    const target = join(datasetDir, version);
    try {
      await rename(this.staging, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST')
        throw new ReleaseError('release/version-exists', `${this.name} ${version} was published meanwhile`);
      throw new ReleaseError('release/io', `${target}: ${code ?? (e as Error).message}`);
    }
    await syncDir(datasetDir);
    stage('renamed');
    await finishIndexes(this.datasetsDir, datasetDir, this.name);
    stage('indexed');
    return {
      status: 'published',
      version,
      dir: target,
      rootSha256: sha256(docs.get('SHA256SUMS')!),
      counts: Object.fromEntries(TABLE_NAMES.map((t) => [t, counts[t]])),
      changes: summarizeChanges(changes),
    };
  }
}
