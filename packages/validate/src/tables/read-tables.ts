import { rowValidatorFor, type TableName } from '@newsfacts/schemas';
import { decodeCsv } from '@newsfacts/tables';
import type { ProblemCode } from '../catalog.js';
import { makeProblem, type Problem } from '../problem.js';
import { parseJson } from '../read/parse-json.js';
import { checkValue } from '../schema/check-value.js';

export type Row = Record<string, unknown>;

const CSV_CODES: Record<'parse' | 'ragged' | 'header' | 'type', ProblemCode> = {
  parse: 'csv/malformed',
  ragged: 'csv/ragged-row',
  header: 'csv/column-mismatch',
  type: 'csv/type',
};

/** Decode a table's CSV (formula protection undone); `fields` is the header the datapackage declares. */
export function parseCsvTable(
  table: TableName,
  text: string,
  file: string,
  out: Problem[],
  fields?: string[],
): Row[] {
  if (fields) {
    const end = text.indexOf('\n');
    const header = (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '').split(',');
    if (header.join(',') !== fields.join(','))
      out.push(
        makeProblem(
          'csv/column-mismatch',
          { file },
          { detail: `columns are [${header.join(', ')}], datapackage.json declares [${fields.join(', ')}]` },
        ),
      );
  }
  const { rows, problems } = decodeCsv(table, text);
  for (const p of problems) {
    const row = p.row !== null && p.row >= 1 ? p.row : null;
    out.push(
      makeProblem(
        CSV_CODES[p.kind],
        { file, row, column: p.column },
        { detail: row ? `row ${row}: ${p.message}` : p.message },
      ),
    );
  }
  return rows;
}

/** Check that parsed JSON is an array of rows valid against the row schema; returns the indexes of valid rows. */
export function checkJsonRows(
  table: TableName,
  value: unknown,
  file: string,
  out: Problem[],
): { rows: Row[]; valid: number[] } | null {
  if (!Array.isArray(value)) {
    out.push(
      makeProblem(
        'table/not-array',
        { file, pointer: '' },
        { detail: `${file} must hold a JSON array of ${table} rows` },
      ),
    );
    return null;
  }
  const fn = rowValidatorFor(table);
  const valid: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const row = value[i] as Row;
    const id = typeof row?.id === 'string' ? row.id : null;
    if (checkValue(fn, row, { file, record: id }, `/${i}`, out)) valid.push(i);
  }
  return { rows: value as Row[], valid };
}

/** Parse JSON Lines: one JSON value per line, a final newline, no blank lines. */
export function parseJsonl(text: string, file: string, out: Problem[]): Row[] | null {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const rows: Row[] = [];
  for (let i = 0; i < lines.length; i++) {
    const parsed = parseJson(lines[i]!, file, i);
    if (!parsed.ok) {
      out.push(parsed.problem);
      return null;
    }
    rows.push(parsed.value as Row);
  }
  return rows;
}
