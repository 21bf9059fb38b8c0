import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { columnsOf } from '@newsfacts/tables';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { makeProblem, type Problem } from '../problem.js';
import type { Row } from '../tables/read-tables.js';
import type { ReleaseFolder } from './release-folder.js';

/** JSON-typed values come back parsed; 64-bit integers (not written by publish) as numbers when exact. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  return value;
}

/**
 * The rows of a Parquet table (hyparquet, pure JavaScript: no native reader is trusted to check the
 * writer). Columns must be the table's columns in order; any problem is `parquet/unreadable`.
 */
export async function readParquetRows(
  table: TableName,
  bytes: Uint8Array,
  path: string,
  out: Problem[],
): Promise<Row[] | null> {
  const fail = (detail: string) => {
    out.push(makeProblem('parquet/unreadable', { file: path }, { path, detail }));
    return null;
  };
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const metadata = parquetMetadata(file);
    const names = metadata.schema.slice(1).map((s) => s.name);
    if (names.join(',') !== columnsOf(table).join(','))
      return fail(`columns [${names.join(', ')}] are not the ${table} columns`);
    const rows = (await parquetReadObjects({ file, metadata, compressors })) as Row[];
    for (const row of rows) for (const k of names) row[k] = plain(row[k]);
    return rows;
  } catch (e) {
    return fail((e as Error).message);
  }
}

/** Every table's Parquet rows (null: absent or unreadable). */
export async function readParquetTables(
  folder: ReleaseFolder,
  out: Problem[],
): Promise<Map<TableName, Row[] | null>> {
  const result = new Map<TableName, Row[] | null>();
  for (const t of TABLE_NAMES) {
    const path = `data/${t}.parquet`;
    const bytes = folder.has(path) ? folder.bytes(path) : null;
    result.set(t, bytes ? await readParquetRows(t, bytes, path, out) : null);
  }
  return result;
}
