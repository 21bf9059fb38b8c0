import { join } from 'node:path';
import type { TableName } from '@newsfacts/schemas';
import { encodeCsvHeader } from '@newsfacts/tables';
import type { FileEntry } from '../file-entry.js';
import { HashingWriter } from './hashing-writer.js';

export interface TableWriter {
  /** Appends rows given as JSON Lines and the matching CSV lines. */
  add(jsonlChunk: string, csvChunk: string): void;
  end(): FileEntry[];
}

/** The three files of a table in folder `dir`, written row chunk by row chunk. */
export function writeTable(dir: string, table: TableName): TableWriter {
  const open = (path: string) => new HashingWriter(join(dir, path), path);
  const csv = open(`data/${table}.csv`);
  const json = open(`data/${table}.json`);
  const jsonl = open(`data/${table}.jsonl`);
  csv.write(encodeCsvHeader(table));
  let any = false;
  return {
    add(jsonlChunk, csvChunk) {
      if (jsonlChunk.length === 0) return;
      jsonl.write(jsonlChunk);
      csv.write(csvChunk);
      // JSON.stringify never writes a raw line break, so the rows are the lines
      json.write((any ? ',\n' : '[\n') + jsonlChunk.slice(0, -1).replaceAll('\n', ',\n'));
      any = true;
    },
    end() {
      json.write(any ? '\n]\n' : '[]\n');
      return [csv.end(), json.end(), jsonl.end()];
    },
  };
}
