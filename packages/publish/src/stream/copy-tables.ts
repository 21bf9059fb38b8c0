import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableName } from '@newsfacts/schemas';
import type { TableFormat } from '@newsfacts/validate';
import type { FileEntry } from '../file-entry.js';
import { ReleaseError } from '../release-error.js';
import { readRange } from './spill-file.js';
import { openTableFiles } from './table-files.js';

/**
 * The bulk of a streamed publish, as plain data a worker thread can take: copying every article's rows
 * from the scratch files into the source-ordered tables and the event relations (hashing each file as it
 * is written), and the shipped texts into their files. Done off the thread that ran the corpus, whose
 * serial time grows with the corpus otherwise (docs/scale.md).
 */
export interface CopyJob {
  staging: string;
  work: string;
  formats: readonly TableFormat[];
  /** Source-ordered tables: per article in release order, its jsonl offset, jsonl bytes, csv offset, csv bytes. */
  tables: { table: TableName; csvHeader: string; jsonl: string; csv: string; ranges: Float64Array }[];
  /** Per relation in id order: offset, jsonl bytes, csv bytes (the csv line follows the jsonl line). */
  relations: { csvHeader: string; spill: string; ranges: Float64Array; shown: string[] };
  /** Per shipped text: its path in the release, then offset and bytes in the texts' scratch file. */
  texts: { spill: string; paths: string[]; ranges: Float64Array };
}

/** Where a table's files go. */
export type TableFiles = Pick<CopyJob, 'staging' | 'work' | 'formats'>;

export interface CopyResult {
  /** The entries of each table's files, in the order of `tables`, then the event relations'. */
  entries: FileEntry[][];
  /** Each table's JSON Lines file (shipped or scratch), same order. */
  rowFiles: (string | null)[];
  /** The rows of the relations of the sources the page shows, in id order. */
  pageRelations: unknown[];
}

/** Reads byte ranges of a scratch file written before (no buffering: each range is one read). */
class RangeReader {
  private readonly fd: number;
  constructor(private readonly path: string) {
    this.fd = openSync(path, 'r');
  }
  read(offset: number, length: number): Buffer {
    return readRange(this.fd, offset, length, this.path);
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** Bytes up to which consecutive articles' rows are read at once. */
const JOINED_READ = 1024 * 1024;

/** One source-ordered table copied from its scratch files, articles in release order. */
export function copySourceTable(
  job: TableFiles,
  t: CopyJob['tables'][number],
): { entries: FileEntry[]; rows: string | null } {
  const w = openTableFiles(job.staging, t.table, job.formats, job.work, t.csvHeader);
  const jsonl = new RangeReader(t.jsonl);
  const csv = new RangeReader(t.csv);
  try {
    const r = t.ranges;
    for (let i = 0; i < r.length; ) {
      // articles whose rows lie one after the other in both scratch files (added in release order) are
      // read together: the same bytes in far fewer reads
      let jsonlBytes = r[i + 1]!;
      let csvBytes = r[i + 3]!;
      let j = i + 4;
      while (
        j < r.length &&
        jsonlBytes + csvBytes < JOINED_READ &&
        r[j] === r[i]! + jsonlBytes &&
        r[j + 2] === r[i + 2]! + csvBytes
      ) {
        jsonlBytes += r[j + 1]!;
        csvBytes += r[j + 3]!;
        j += 4;
      }
      w.add(jsonl.read(r[i]!, jsonlBytes), csv.read(r[i + 2]!, csvBytes));
      i = j;
    }
  } finally {
    jsonl.close();
    csv.close();
  }
  return { entries: w.end(), rows: w.jsonlFile };
}

/** The event relations in id order; keeps the rows of the sources the page shows. */
export function copyRelations(job: TableFiles & Pick<CopyJob, 'relations'>): {
  entries: FileEntry[];
  rows: string | null;
  page: unknown[];
} {
  const { csvHeader } = job.relations;
  const w = openTableFiles(job.staging, 'event_relations', job.formats, job.work, csvHeader);
  const shown = new Set(job.relations.shown);
  const page: unknown[] = [];
  const spill = new RangeReader(job.relations.spill);
  try {
    const r = job.relations.ranges;
    for (let i = 0; i < r.length; i += 3) {
      const jsonl = spill.read(r[i]!, r[i + 1]!);
      w.add(jsonl, spill.read(r[i]! + r[i + 1]!, r[i + 2]!));
      const row = JSON.parse(jsonl.toString('utf8')) as { source_id: string };
      if (shown.has(row.source_id)) page.push(row);
    }
  } finally {
    spill.close();
  }
  return { entries: w.end(), rows: w.jsonlFile, page };
}

/** Writes each shipped text into its file. */
export function copyTexts(job: Pick<CopyJob, 'staging' | 'texts'>): void {
  const { paths, ranges } = job.texts;
  if (paths.length === 0) return;
  const spill = new RangeReader(job.texts.spill);
  try {
    paths.forEach((path, k) => {
      const bytes = spill.read(ranges[2 * k]!, ranges[2 * k + 1]!);
      try {
        writeFileSync(join(job.staging, path), bytes, { flag: 'wx', mode: 0o644 });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        throw new ReleaseError('release/invalid-dataset', `two sources share the text path ${path}`);
      }
    });
  } finally {
    spill.close();
  }
}
