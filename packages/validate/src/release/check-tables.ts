import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import type { Problem } from '../problem.js';
import { parseJson } from '../read/parse-json.js';
import { compareRows, type MismatchCode } from '../tables/compare-rows.js';
import { checkJsonRows, parseCsvTable, parseJsonl, type Row } from '../tables/read-tables.js';
import type { DeclaredFields } from './check-datapackage.js';
import type { ReleaseFolder } from './release-folder.js';

export interface TableData {
  /** JSON rows (the canonical copy), all of them. */
  rows: Row[];
  /** Indexes of JSON rows valid against the row schema. */
  valid: number[];
  /** Rows per file, for the manifest. */
  counts: Map<string, number>;
  /** Number of JSON rows (`rows` is empty when the streaming check did not keep them). */
  total: number;
}

/** The copy of a table checked against the row schema: JSON, else JSONL, else Parquet, else CSV. */
function canonicalOf(
  folder: ReleaseFolder,
  table: TableName,
  copies: Record<'json' | 'jsonl' | 'parquet' | 'csv', unknown>,
): [unknown, string] {
  for (const f of ['json', 'jsonl', 'parquet'] as const)
    if (folder.has(`data/${table}.${f}`)) return [copies[f], `data/${table}.${f}`];
  return [copies.csv, `data/${table}.csv`];
}

/**
 * Every table: CSV header and cells, JSON rows against the row schema, CSV = JSON = JSONL = Parquet row by
 * row. The JSON file is the canonical copy; a release without JSON files uses its JSON Lines, else its
 * Parquet files, else its CSV files in its place (checked against the row schema, the others compared to it).
 */
export function checkTables(
  folder: ReleaseFolder,
  declared: DeclaredFields,
  out: Problem[],
  parquet: ReadonlyMap<TableName, Row[] | null> = new Map(),
): Map<TableName, TableData> {
  const result = new Map<TableName, TableData>();
  for (const table of TABLE_NAMES) {
    const counts = new Map<string, number>();
    const [csvPath, jsonPath, jsonlPath, parquetPath] = (['csv', 'json', 'jsonl', 'parquet'] as const).map(
      (f) => `data/${table}.${f}`,
    ) as [string, string, string, string];
    const csvText = folder.text(csvPath);
    const csv =
      csvText === null ? null : parseCsvTable(table, csvText, csvPath, out, declared.get(table) ?? undefined);
    if (csv) counts.set(csvPath, csv.length);
    const jsonText = folder.text(jsonPath);
    const parsed = jsonText === null ? null : parseJson(jsonText, jsonPath);
    if (parsed && !parsed.ok) out.push(parsed.problem);
    const jsonlText = folder.text(jsonlPath);
    const jsonl = jsonlText === null ? null : parseJsonl(jsonlText, jsonlPath, out);
    if (jsonl) counts.set(jsonlPath, jsonl.length);
    const pq = parquet.get(table) ?? null;
    if (pq) counts.set(parquetPath, pq.length);
    const [canonical, canonicalPath] = canonicalOf(folder, table, {
      json: parsed?.ok ? parsed.value : null,
      jsonl,
      parquet: pq,
      csv,
    });
    const json = canonical === null ? null : checkJsonRows(table, canonical, canonicalPath, out);
    if (json) counts.set(canonicalPath, json.rows.length);
    const compare = (code: MismatchCode, path: string, rows: Row[] | null) => {
      if (json && rows && path !== canonicalPath)
        out.push(...compareRows(table, code, path, rows, json.rows));
    };
    compare('csv/json-mismatch', csvPath, csv);
    compare('jsonl/json-mismatch', jsonlPath, jsonl);
    compare('parquet/json-mismatch', parquetPath, pq);
    result.set(table, {
      rows: json?.rows ?? [],
      valid: json?.valid ?? [],
      counts,
      total: json?.rows.length ?? 0,
    });
  }
  return result;
}
