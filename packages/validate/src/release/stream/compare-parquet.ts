import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { columnsOf } from '@newsfacts/tables';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { makeProblem, type Problem } from '../../problem.js';
import { readLines } from '../../read/read-lines.js';
import { RowComparer } from '../../tables/compare-rows.js';
import type { Row } from '../../tables/read-tables.js';
import type { ReleaseFolder } from '../release-folder.js';

/**
 * The JSON rows of a table, one at a time: the JSON Lines file, else the JSON file's one-row-per-line
 * layout (its own check reports another layout). Lines that do not parse end the rows (reported there).
 */
function* referenceRows(folder: ReleaseFolder, table: string): Generator<Row> {
  const jsonl = `data/${table}.jsonl`;
  const json = `data/${table}.json`;
  const path = folder.has(jsonl) ? jsonl : folder.has(json) ? json : null;
  if (!path) return;
  for (let line of readLines(join(folder.dir, path))) {
    if (path === json) {
      if (line === '[' || line === ']' || line === '[]' || line === '') continue;
      if (line.endsWith(',')) line = line.slice(0, -1);
    } else if (line === '') continue;
    try {
      yield JSON.parse(line) as Row;
    } catch {
      return;
    }
  }
}

const plain = (v: unknown) =>
  typeof v === 'bigint' ? (Number.isSafeInteger(Number(v)) ? Number(v) : String(v)) : v;

/**
 * The rows of a table's Parquet file, one row group in memory at a time; null when the file cannot be
 * read or has other columns (reported as parquet/unreadable).
 */
async function parquetRows(
  folder: ReleaseFolder,
  table: TableName,
  out: Problem[],
): Promise<{ rows: AsyncGenerator<Row>; count: number } | null> {
  const path = `data/${table}.parquet`;
  const fail = (detail: string) => {
    out.push(makeProblem('parquet/unreadable', { file: path }, { path, detail }));
    return null;
  };
  try {
    const file = await asyncBufferFromFile(join(folder.dir, path));
    const metadata = await parquetMetadataAsync(file);
    const names = metadata.schema.slice(1).map((s) => s.name);
    if (names.join(',') !== columnsOf(table).join(','))
      return fail(`columns [${names.join(', ')}] are not the ${table} columns`);
    async function* rows(): AsyncGenerator<Row> {
      let i = 0;
      for (const group of metadata.row_groups) {
        const rowEnd = i + Number(group.num_rows);
        const part = (await parquetReadObjects({
          file,
          metadata,
          rowStart: i,
          rowEnd,
          compressors,
        })) as Row[];
        for (const row of part) {
          for (const k of names) row[k] = plain(row[k]);
          yield row;
        }
        i = rowEnd;
      }
    }
    return { rows: rows(), count: Number(metadata.num_rows) };
  } catch (e) {
    return fail((e as Error).message);
  }
}

/** Runs `read`; a failure while decoding pages is parquet/unreadable (the rows before it were used). */
async function decoding(path: string, out: Problem[], read: () => Promise<void>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (e) {
    out.push(makeProblem('parquet/unreadable', { file: path }, { path, detail: (e as Error).message }));
    return false;
  }
}

/**
 * The Parquet tables of a release checked by streaming: each row compared with the JSON rows at the same
 * position (the JSON Lines file, itself compared with the JSON file by the text check). Gives the rows of
 * each readable Parquet file, for the manifest check.
 */
export async function compareParquetStreaming(
  folder: ReleaseFolder,
  out: Problem[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of TABLE_NAMES) {
    const path = `data/${table}.parquet`;
    if (!folder.has(path)) continue;
    const read = await parquetRows(folder, table, out);
    if (!read) continue;
    const comparer = new RowComparer(table, 'parquet/json-mismatch', path, out);
    const reference = referenceRows(folder, table);
    let i = 0;
    const ok = await decoding(path, out, async () => {
      for await (const row of read.rows) {
        const r = reference.next();
        comparer.compare(i++, row, r.done ? undefined : r.value);
      }
    });
    if (!ok) continue;
    for (let r = reference.next(); !r.done; r = reference.next()) comparer.compare(i++, undefined, r.value);
    comparer.finish();
    counts.set(path, read.count);
  }
  return counts;
}

/**
 * A release of Parquet tables only, checked by streaming: each table is decoded, one row group at a time,
 * into a scratch file in the JSON files' one-row-per-line layout that the text check then reads as the
 * table's JSON file (its problems name the Parquet file: validate-release.ts). Gives the row counts.
 */
export async function decodeParquetTables(
  folder: ReleaseFolder,
  scratch: string,
  out: Problem[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of TABLE_NAMES) {
    const path = `data/${table}.parquet`;
    if (!folder.has(path)) continue;
    const read = await parquetRows(folder, table, out);
    if (!read) continue;
    const file = join(scratch, `${table}.json`);
    const fd = openSync(file, 'wx');
    let n = 0;
    const ok = await decoding(path, out, async () => {
      for await (const row of read.rows) writeSync(fd, `${n++ === 0 ? '[\n' : ',\n'}${JSON.stringify(row)}`);
    });
    writeSync(fd, n === 0 ? '[]\n' : '\n]\n');
    closeSync(fd);
    if (!ok) continue;
    folder.alias(`data/${table}.json`, file);
    counts.set(path, read.count);
  }
  return counts;
}
