import { join } from 'node:path';
import { TABLE_NAMES } from '@newsfacts/schemas';
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
 * The Parquet tables of a release checked by streaming: one row group in memory at a time, each row
 * compared with the JSON rows at the same position (the JSON Lines file, itself compared with the JSON
 * file by the text check). Gives the rows of each readable Parquet file, for the manifest check.
 */
export async function compareParquetStreaming(
  folder: ReleaseFolder,
  out: Problem[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of TABLE_NAMES) {
    const path = `data/${table}.parquet`;
    if (!folder.has(path)) continue;
    const fail = (detail: string) =>
      out.push(makeProblem('parquet/unreadable', { file: path }, { path, detail }));
    const comparer = new RowComparer(table, 'parquet/json-mismatch', path, out);
    const reference = referenceRows(folder, table);
    try {
      const file = await asyncBufferFromFile(join(folder.dir, path));
      const metadata = await parquetMetadataAsync(file);
      const names = metadata.schema.slice(1).map((s) => s.name);
      if (names.join(',') !== columnsOf(table).join(',')) {
        fail(`columns [${names.join(', ')}] are not the ${table} columns`);
        continue;
      }
      let i = 0;
      for (const group of metadata.row_groups) {
        const rowEnd = i + Number(group.num_rows);
        const rows = (await parquetReadObjects({
          file,
          metadata,
          rowStart: i,
          rowEnd,
          compressors,
        })) as Row[];
        for (const row of rows) {
          for (const k of names) row[k] = plain(row[k]);
          const r = reference.next();
          comparer.compare(i++, row, r.done ? undefined : r.value);
        }
      }
      for (let r = reference.next(); !r.done; r = reference.next()) comparer.compare(i++, undefined, r.value);
      comparer.finish();
      counts.set(path, Number(metadata.num_rows));
    } catch (e) {
      fail((e as Error).message);
    }
  }
  return counts;
}
