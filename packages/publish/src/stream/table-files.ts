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
const COMMA = 0x2c;
const BRACKET = 0x5b;

/**
 * JSON Lines (each ending in a line break) as the next part of a JSON array: `[` or `,` before the first
 * row, `,` between rows, no break after the last. JSON.stringify never writes a raw line break, so the
 * rows are the lines; in UTF-8 the byte 0x0A is only ever a line break. Bytes are written into one
 * buffer of the final size (a corpus release passes every row through here).
 */
function jsonArrayPart(jsonl: string | Uint8Array, after: boolean): string | Uint8Array {
  if (typeof jsonl === 'string') return (after ? ',\n' : '[\n') + jsonl.slice(0, -1).replaceAll('\n', ',\n');
  const last = jsonl.length - 1;
  let breaks = 0;
  for (let i = jsonl.indexOf(NEWLINE); i !== -1 && i < last; i = jsonl.indexOf(NEWLINE, i + 1)) breaks++;
  const out = Buffer.allocUnsafe(2 + last + breaks);
  out[0] = after ? COMMA : BRACKET;
  out[1] = NEWLINE;
  let at = 2;
  let from = 0;
  for (let i = jsonl.indexOf(NEWLINE); i !== -1 && i < last; i = jsonl.indexOf(NEWLINE, from)) {
    out.set(jsonl.subarray(from, i), at);
    at += i - from;
    out[at++] = COMMA;
    out[at++] = NEWLINE;
    from = i + 1;
  }
  out.set(jsonl.subarray(from, last), at);
  return out;
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
