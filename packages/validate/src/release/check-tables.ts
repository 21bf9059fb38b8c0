import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import type { Problem } from '../problem.js';
import { parseJson } from '../read/parse-json.js';
import { compareRows } from '../tables/compare-rows.js';
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

/** Every table: CSV header and cells, JSON rows against the row schema, CSV = JSON = JSONL row by row. */
export function checkTables(
  folder: ReleaseFolder,
  declared: DeclaredFields,
  out: Problem[],
): Map<TableName, TableData> {
  const result = new Map<TableName, TableData>();
  for (const table of TABLE_NAMES) {
    const counts = new Map<string, number>();
    const [csvPath, jsonPath, jsonlPath] = (['csv', 'json', 'jsonl'] as const).map(
      (f) => `data/${table}.${f}`,
    ) as [string, string, string];
    const csvText = folder.text(csvPath);
    const csv =
      csvText === null ? null : parseCsvTable(table, csvText, csvPath, out, declared.get(table) ?? undefined);
    if (csv) counts.set(csvPath, csv.length);
    const jsonText = folder.text(jsonPath);
    const parsed = jsonText === null ? null : parseJson(jsonText, jsonPath);
    if (parsed && !parsed.ok) out.push(parsed.problem);
    const json = parsed?.ok ? checkJsonRows(table, parsed.value, jsonPath, out) : null;
    if (json) counts.set(jsonPath, json.rows.length);
    const jsonlText = folder.text(jsonlPath);
    const jsonl = jsonlText === null ? null : parseJsonl(jsonlText, jsonlPath, out);
    if (jsonl) counts.set(jsonlPath, jsonl.length);
    if (json && csv) out.push(...compareRows(table, 'csv/json-mismatch', csvPath, csv, json.rows));
    if (json && jsonl) out.push(...compareRows(table, 'jsonl/json-mismatch', jsonlPath, jsonl, json.rows));
    result.set(table, {
      rows: json?.rows ?? [],
      valid: json?.valid ?? [],
      counts,
      total: json?.rows.length ?? 0,
    });
  }
  return result;
}
