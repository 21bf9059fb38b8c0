import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBInstance } from '@duckdb/node-api';
import type { TableName } from '@newsfacts/schemas';
import { type Field, tableSchemaFor } from '@newsfacts/tables';
import type { FileEntry } from './file-entry.js';
import { hashFile } from './hash-file.js';

/**
 * Fixed writer settings: one thread and fixed row groups make the bytes a function of the rows only
 * (same rows, same file, in any process); the memory cap keeps a corpus release from taking the machine.
 */
const SETTINGS = { threads: '1', memory_limit: '256MB', preserve_insertion_order: 'true' } as const;
const ROW_GROUP_ROWS = 65536;
const COMPRESSION_LEVEL = 9;
/** read_json refuses a longer line (one row: a span of a very long text could approach it). */
const MAX_ROW_BYTES = 64 * 1024 * 1024;

/**
 * Parquet type of a table-schema field: dates stay the exact strings of the JSON rows, integers are
 * 32-bit (offsets and counts), arrays are JSON (Parquet's JSON logical type, as in the CSV cells).
 */
function duckType(f: Field): string {
  if (f.type === 'integer') return 'INTEGER';
  if (f.type === 'number') return 'DOUBLE';
  if (f.type === 'boolean') return 'BOOLEAN';
  if (f.type === 'array') return 'JSON';
  return 'VARCHAR';
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Writes data/<table>.parquet from the table's JSON Lines with DuckDB: zstd, columns typed from the table
 * schema, rows in file order. One DuckDB instance per release; `close` releases it and its scratch folder.
 */
export class ParquetWriter {
  private constructor(
    private readonly db: DuckDBInstance,
    private readonly scratch: string,
  ) {}

  static async open(): Promise<ParquetWriter> {
    const scratch = mkdtempSync(join(tmpdir(), 'newsfacts-parquet-'));
    try {
      // loaded on first use: releases without Parquet tables never load the native library
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const db = await DuckDBInstance.create(':memory:', { ...SETTINGS, temp_directory: scratch });
      return new ParquetWriter(db, scratch);
    } catch (e) {
      rmSync(scratch, { recursive: true, force: true });
      throw e;
    }
  }

  /** Converts `jsonlFile` (rows of `table`) to `outFile`; the entry is named `data/<table>.parquet`. */
  async write(table: TableName, jsonlFile: string, outFile: string): Promise<FileEntry> {
    const columns = tableSchemaFor(table)
      .fields.map((f) => `${quote(f.name)}: ${quote(duckType(f))}`)
      .join(', ');
    const names = tableSchemaFor(table)
      .fields.map((f) => `"${f.name}"`)
      .join(', ');
    const read =
      `read_json(${quote(jsonlFile)}, format = 'newline_delimited', records = true, ` +
      `maximum_object_size = ${MAX_ROW_BYTES}, columns = {${columns}})`;
    const c = await this.db.connect();
    try {
      await c.run(
        `COPY (SELECT ${names} FROM ${read}) TO ${quote(outFile)} ` +
          `(FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL ${COMPRESSION_LEVEL}, ROW_GROUP_SIZE ${ROW_GROUP_ROWS})`,
      );
    } finally {
      c.closeSync();
    }
    return { path: `data/${table}.parquet`, ...hashFile(outFile) };
  }

  /** A scratch file path for JSON Lines the release does not ship. */
  scratchFile(name: string): string {
    return join(this.scratch, name);
  }

  close(): void {
    this.db.closeSync();
    rmSync(this.scratch, { recursive: true, force: true });
  }
}
