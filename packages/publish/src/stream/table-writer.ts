import type { TableName } from '@newsfacts/schemas';
import { encodeCsvHeader } from '@newsfacts/tables';
import { DEFAULT_FORMATS, type TableFormat } from '@newsfacts/validate';
import { openTableFiles, type TableWriter } from './table-files.js';

export type { TableWriter } from './table-files.js';

/**
 * The text files of a table in folder `dir`, written row chunk by row chunk. With Parquet among the
 * formats the JSON Lines are always written (in `scratch` when not shipped): the Parquet file is made from
 * them once the table is complete.
 */
export function writeTable(
  dir: string,
  table: TableName,
  formats: readonly TableFormat[] = DEFAULT_FORMATS,
  scratch: string | null = null,
): TableWriter {
  return openTableFiles(dir, table, formats, scratch, encodeCsvHeader(table));
}
