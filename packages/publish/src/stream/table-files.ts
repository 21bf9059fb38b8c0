import { join } from 'node:path';
import type { TableName } from '@newsfacts/schemas';
import type { TableFormat } from '@newsfacts/validate';
import type { FileEntry } from '../file-entry.js';
import { HashingWriter } from './hashing-writer.js';

export interface TableWriter {
  /** Appends rows given as JSON Lines and the matching CSV lines (text, or their UTF-8 bytes). */
  add(jsonlChunk: string | Uint8Array, csvChunk: string | Uint8Array): void;
  /** The entries of the shipped text files (CSV, JSON, JSON Lines among the formats). */
  end(): FileEntry[];
  /** The table's JSON Lines file (shipped, or in `scratch` when only Parquet needs it), null if none. */
  readonly jsonlFile: string | null;
}

const NEWLINE = 0x0a;
const SEPARATOR = Buffer.from(',\n');
const OPEN = Buffer.from('[\n');

/**
 * JSON Lines (each ending in a line break) as the next part of a JSON array: `[` or `,` before the first
 * row, `,` between rows, no break after the last. JSON.stringify never writes a raw line break, so the
 * rows are the lines; in UTF-8 the byte 0x0A is only ever a line break.
 */
function jsonArrayPart(jsonl: string | Uint8Array, after: boolean): string | Uint8Array {
  if (typeof jsonl === 'string') return (after ? ',\n' : '[\n') + jsonl.slice(0, -1).replaceAll('\n', ',\n');
  const parts: Uint8Array[] = [after ? SEPARATOR : OPEN];
  let from = 0;
  for (let i = jsonl.indexOf(NEWLINE); i !== -1 && i < jsonl.length - 1; i = jsonl.indexOf(NEWLINE, from)) {
    parts.push(jsonl.subarray(from, i), SEPARATOR);
    from = i + 1;
  }
  parts.push(jsonl.subarray(from, jsonl.length - 1));
  return Buffer.concat(parts);
}

/**
 * writeTable with the table's CSV header given: this module imports no package at run time, so a worker
 * thread that only copies rows loads little (copy-tables.ts).
 */
export function openTableFiles(
  dir: string,
  table: TableName,
  formats: readonly TableFormat[],
  scratch: string | null,
  csvHeader: string,
): TableWriter {
  const open = (path: string) => new HashingWriter(join(dir, path), path);
  const csv = formats.includes('csv') ? open(`data/${table}.csv`) : null;
  const json = formats.includes('json') ? open(`data/${table}.json`) : null;
  const shipJsonl = formats.includes('jsonl');
  const jsonlFile = shipJsonl
    ? join(dir, `data/${table}.jsonl`)
    : formats.includes('parquet') && scratch
      ? join(scratch, `${table}.rows.jsonl`)
      : null;
  const jsonl = jsonlFile ? new HashingWriter(jsonlFile, `data/${table}.jsonl`) : null;
  csv?.write(csvHeader);
  let any = false;
  return {
    jsonlFile,
    add(jsonlChunk, csvChunk) {
      if (jsonlChunk.length === 0) return;
      jsonl?.write(jsonlChunk);
      csv?.write(csvChunk);
      json?.write(jsonArrayPart(jsonlChunk, any));
      any = true;
    },
    end() {
      json?.write(any ? '\n]\n' : '[]\n');
      const shipped = [csv?.end(), json?.end()];
      const rows = jsonl?.end();
      if (shipJsonl) shipped.push(rows);
      return shipped.filter((e): e is FileEntry => e !== undefined);
    },
  };
}
