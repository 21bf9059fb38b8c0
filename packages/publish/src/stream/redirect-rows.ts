import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TalliedEntity } from '@newsfacts/normalize';
import type { Dataset, RedirectRow, TableName } from '@newsfacts/schemas';
import { encodeCsvRows, type Tables, toRows } from '@newsfacts/tables';
import type { TableFormat } from '@newsfacts/validate';
import type { FileEntry } from '../file-entry.js';
import { ParquetWriter } from '../parquet-writer.js';
import { writeTable } from './table-writer.js';

/** data/<table>.parquet of each of `tables`, made from its complete JSON Lines (in `sink.rows`). */
export async function writeParquetTables(
  staging: string,
  tables: readonly TableName[],
  sink: TableSink,
): Promise<void> {
  const parquet = await ParquetWriter.open();
  try {
    for (const t of tables) {
      const rows = sink.rows.get(t);
      if (!rows) throw new Error(`bug: no rows file for ${t}`);
      const e = await parquet.write(t, rows, join(staging, `data/${t}.parquet`));
      sink.built.set(e.path, e);
    }
  } finally {
    parquet.close();
  }
}

/** What a curation of a streamed release gives the stream: its entity table and its redirects. */
export interface CuratedEntities {
  entities: TalliedEntity[];
  redirects: Dataset['redirects'];
}

/** Where a streamed release's tables go: files written, row counts, page rows, JSON Lines per table. */
export interface TableSink {
  built: Map<string, FileEntry>;
  counts: Record<TableName, number>;
  page: Tables;
  /** The JSON Lines of each table written, for the Parquet files made from them. */
  rows: Map<TableName, string>;
}

const EMPTY: Dataset = { sources: [], entities: [], quotes: [], events: [], relations: [], redirects: [] };

/**
 * The redirects table of a streamed release. It depends on the release it is compared with (carried
 * redirects, docs/ids.md), known only at commit: written first with the curation's rows alone (a first
 * release), then `rewrite` replaces its files when another base gives other rows.
 */
export class RedirectsTable {
  /** The rows written. */
  rows: readonly RedirectRow[] = [];

  constructor(
    private readonly staging: string,
    private readonly work: string,
    private readonly formats: readonly TableFormat[],
    /** The curation's redirects (none without curation), in the curation's order. */
    readonly curation: readonly RedirectRow[],
    private readonly sink: TableSink,
  ) {}

  /** The rows without a previous release: the curation's, in table order. */
  firstRows(): RedirectRow[] {
    return toRows({ ...EMPTY, redirects: [...this.curation] }).redirects;
  }

  /** Writes the text formats of the table (the caller makes its Parquet file with the others). */
  write(rows: readonly RedirectRow[]): void {
    const w = writeTable(this.staging, 'redirects', this.formats, this.work);
    w.add(rows.map((r) => `${JSON.stringify(r)}\n`).join(''), encodeCsvRows('redirects', [...rows]));
    for (const e of w.end()) this.sink.built.set(e.path, e);
    if (w.jsonlFile) this.sink.rows.set('redirects', w.jsonlFile);
    this.sink.page.redirects.splice(0, Infinity, ...rows);
    this.sink.counts.redirects = rows.length;
    this.rows = rows;
  }

  /** Replaces every file of the table by `rows`' (nothing to do when they are the rows written). */
  async rewrite(rows: readonly RedirectRow[]): Promise<void> {
    if (JSON.stringify(rows) === JSON.stringify(this.rows)) return;
    for (const f of ['csv', 'json', 'jsonl', 'parquet'])
      rmSync(join(this.staging, `data/redirects.${f}`), { force: true });
    rmSync(join(this.work, 'redirects.rows.jsonl'), { force: true });
    for (const path of [...this.sink.built.keys()])
      if (path.startsWith('data/redirects.')) this.sink.built.delete(path);
    this.write(rows);
    if (this.formats.includes('parquet')) await writeParquetTables(this.staging, ['redirects'], this.sink);
  }
}
