import type { TableName } from '@newsfacts/schemas';
import Papa from 'papaparse';
import { type Field, tableSchemaFor } from './table-schema.js';

type Row = Record<string, unknown>;

/**
 * Spreadsheet formula injection: a text cell starting with = + - @, a tab or a carriage return is
 * prefixed with an apostrophe. A leading apostrophe is escaped the same way, so a consumer undoes it by
 * dropping the first character of every text cell that starts with an apostrophe. (One character code
 * compared per cell: csv.test.ts holds it to the pattern /^[=+\-@\t\r']/.)
 */
function isRiskyStart(value: string): boolean {
  switch (value.charCodeAt(0)) {
    case 0x3d:
    case 0x2b:
    case 0x2d:
    case 0x40:
    case 0x09:
    case 0x0d:
    case 0x27:
      return true;
    default:
      return false;
  }
}

export function protectCell(value: string): string {
  return isRiskyStart(value) ? `'${value}` : value;
}

export function unprotectCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** The header line of a table's CSV, newline included. */
export function encodeCsvHeader(table: TableName): string {
  const names = tableSchemaFor(table).fields.map((f) => f.name);
  const line = Papa.unparse(
    { fields: names, data: [] },
    { newline: '\n', quotes: false, escapeFormulae: false, header: true },
  );
  return line.endsWith('\n') ? line : `${line}\n`;
}

/** What makes papaparse quote a cell (with `quotes: false`): a line break, a quote, a comma, a BOM, or a space at either end. */
const NEEDS_QUOTES = /[\r\n",\ufeff]|^ | $/;

/**
 * One cell exactly as `Papa.unparse` writes it with this module's options, without its per-call setup:
 * data rows are most of a corpus release (csv.test.ts compares the two on random cells).
 */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A value's cell: '' for null, text protected then quoted if needed, arrays as JSON. A number or a
 * boolean is its digits or true/false, which never need quotes, so only text is scanned.
 */
function encodeCell(field: Field, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (field.type) {
    case 'array':
      return csvCell(JSON.stringify(value));
    case 'string':
    case 'date':
      return csvCell(protectCell(String(value)));
    default:
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : csvCell(String(value));
  }
}

/** Data lines of a table's CSV, each ending in a newline ('' for no rows); header + these = encodeCsv. */
export function encodeCsvRows(table: TableName, rows: readonly object[]): string {
  if (rows.length === 0) return '';
  const fields = tableSchemaFor(table).fields;
  // Cells joined into lines and lines into the result: flat strings made once, where adding cell after
  // cell made two intermediate strings per cell (most of what encoding a row allocated).
  const cells: string[] = new Array(fields.length);
  const lines: string[] = [];
  for (const r of rows) {
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      cells[i] = encodeCell(f, (r as Row)[f.name]);
    }
    lines.push(cells.join(','));
  }
  lines.push('');
  return lines.join('\n');
}

/** RFC 4180 CSV: UTF-8 without BOM, LF line ends, header row, fixed column order, quoted only when needed. */
export function encodeCsv(table: TableName, rows: readonly object[]): string {
  return encodeCsvHeader(table) + encodeCsvRows(table, rows);
}

export interface CsvProblem {
  kind: 'parse' | 'ragged' | 'header' | 'type';
  /** 1-based data row (header excluded), or null for the header. */
  row: number | null;
  column: string | null;
  message: string;
}

function decodeValue(field: Field, cell: string): { value: unknown; error?: string } {
  // No published cell holds an empty string (row schemas: minLength 1): an empty cell is null, as in every reader.
  if (cell === '') return { value: null };
  switch (field.type) {
    case 'integer':
      return /^-?(0|[1-9][0-9]*)$/.test(cell)
        ? { value: Number(cell) }
        : { value: cell, error: 'not an integer' };
    case 'number': {
      const n = Number(cell);
      return cell !== '' && Number.isFinite(n) ? { value: n } : { value: cell, error: 'not a number' };
    }
    case 'boolean':
      return cell === 'true' || cell === 'false'
        ? { value: cell === 'true' }
        : { value: cell, error: 'not true/false' };
    case 'array':
      try {
        const v: unknown = JSON.parse(cell);
        return Array.isArray(v) ? { value: v } : { value: cell, error: 'not a JSON array' };
      } catch {
        return { value: cell, error: 'not a JSON array' };
      }
    default:
      return { value: unprotectCell(cell) };
  }
}

/** Parse a table's CSV back into typed rows (undoing the formula protection), with every problem found. */
export function decodeCsv(table: TableName, text: string): { rows: Row[]; problems: CsvProblem[] } {
  const fields = tableSchemaFor(table).fields;
  const problems: CsvProblem[] = [];
  // The delimiter is fixed: Papa's guess picks a tab when text cells hold tabs (property test).
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    newline: '\n',
    delimiter: ',',
  });
  const lines = parsed.data;
  if (lines.length > 0 && lines[lines.length - 1]?.length === 1 && lines[lines.length - 1]?.[0] === '')
    lines.pop();
  for (const e of parsed.errors) {
    problems.push({
      kind: 'parse',
      row: e.row === undefined ? null : e.row,
      column: null,
      message: e.message,
    });
  }
  const header = lines[0] ?? [];
  const expected = fields.map((f) => f.name);
  if (header.join(',') !== expected.join(',')) {
    // A carriage return is invisible in the column list: name the cause instead.
    const crlf = header.at(-1)?.endsWith('\r');
    problems.push({
      kind: 'header',
      row: null,
      column: null,
      message: crlf
        ? 'lines end in CRLF (\\r\\n); release CSV files end lines with LF only: convert them (e.g. dos2unix)'
        : `columns are [${header.map((h) => JSON.stringify(h)).join(', ')}], expected [${expected.join(', ')}]`,
    });
    return { rows: [], problems };
  }
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i]!;
    if (cells.length !== fields.length) {
      problems.push({
        kind: 'ragged',
        row: i,
        column: null,
        message: `${cells.length} cells, expected ${fields.length}`,
      });
      continue;
    }
    const row: Row = Object.create(null);
    fields.forEach((f, j) => {
      const { value, error } = decodeValue(f, cells[j]!);
      if (error)
        problems.push({
          kind: 'type',
          row: i,
          column: f.name,
          message: `${JSON.stringify(cells[j])}: ${error}`,
        });
      row[f.name] = value;
    });
    rows.push({ ...row });
  }
  return { rows, problems };
}
