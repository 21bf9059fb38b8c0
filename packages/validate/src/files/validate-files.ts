import { basename } from 'node:path';
import { TABLE_NAMES, type TableName, type Texts, type ValidationReport } from '@newsfacts/schemas';
import { validateDocument } from '../document/validate-document.js';
import { makeProblem, type Problem } from '../problem.js';
import { readJsonFile, readTextFile } from '../read/read-json-file.js';
import { makeReport } from '../report.js';
import { compareRows } from '../tables/compare-rows.js';
import { checkJsonRows, parseCsvTable, parseJsonl, type Row } from '../tables/read-tables.js';

const TABLE_FILE = /^([a-z_]+)\.(csv|json|jsonl)$/;

function isTable(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

function readRows(path: string, table: TableName, format: string, out: Problem[]): Row[] | null {
  if (format === 'json') {
    const read = readJsonFile(path);
    if (!read.ok) {
      out.push(read.problem);
      return null;
    }
    return checkJsonRows(table, read.value, path, out)?.rows ?? null;
  }
  const text = readTextFile(path);
  if (!text.ok) {
    out.push(text.problem);
    return null;
  }
  const rows =
    format === 'csv' ? parseCsvTable(table, text.value, path, out) : parseJsonl(text.value, path, out);
  if (rows) checkJsonRows(table, rows, path, out);
  return rows;
}

/**
 * Validate files a user brings: `<table>.csv|json|jsonl` against the table's row schema (CSV and JSON of the
 * same table are also compared), any other `.json` as an extraction document (spans checked when its text is
 * in `opts.texts`).
 */
export async function validateFiles(
  paths: string[],
  opts: { texts?: Texts } = {},
): Promise<ValidationReport> {
  const out: Problem[] = [];
  const byTable = new Map<TableName, Map<string, { path: string; rows: Row[] }>>();
  for (const path of paths) {
    const name = basename(path);
    const m = TABLE_FILE.exec(name);
    if (m && isTable(m[1]!)) {
      const table = m[1] as TableName;
      const rows = readRows(path, table, m[2]!, out);
      if (rows) {
        const formats = byTable.get(table) ?? new Map();
        formats.set(m[2]!, { path, rows });
        byTable.set(table, formats);
      }
    } else if (name.endsWith('.json')) {
      const read = readJsonFile(path);
      if (!read.ok) {
        out.push(read.problem);
        continue;
      }
      const id = (read.value as { source?: { id?: unknown } } | null)?.source?.id;
      const text = typeof id === 'string' ? opts.texts?.get(id) : undefined;
      out.push(...validateDocument(read.value, text, { file: path }).problems);
    } else out.push(makeProblem('input/unsupported-file', { file: path }, { path }));
  }
  for (const [table, formats] of byTable) {
    const json = formats.get('json');
    if (!json) continue;
    const csv = formats.get('csv');
    if (csv) out.push(...compareRows(table, 'csv/json-mismatch', csv.path, csv.rows, json.rows));
    const jsonl = formats.get('jsonl');
    if (jsonl) out.push(...compareRows(table, 'jsonl/json-mismatch', jsonl.path, jsonl.rows, json.rows));
  }
  return makeReport(out);
}
