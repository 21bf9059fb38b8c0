import { rowValidatorFor, type TableName } from '@newsfacts/schemas';
import { decodeCsv } from '@newsfacts/tables';
import type { ValidateFunction } from 'ajv';
import { makeProblem, type Problem } from '../../problem.js';
import { parseJson } from '../../read/parse-json.js';
import { checkValue } from '../../schema/check-value.js';
import { RowComparer } from '../../tables/compare-rows.js';
import { parseCsvTable, type Row } from '../../tables/read-tables.js';
import type { ReleaseFolder } from '../release-folder.js';
import { LineReader } from './line-reader.js';

/** CSV records decoded per batch: decodeCsv's exact semantics, its cost spread over many rows. */
const CSV_BATCH = 512;

/** Rows of a table's CSV, decoded in batches of whole records (a record ends at a newline outside quotes). */
class CsvRows {
  private readonly lines: LineReader;
  private header = '';
  private queue: Row[] = [];
  private at = 0;
  /** Data records read so far (the CSV row number of the last one). */
  private records = 0;
  private done = false;
  count = 0;

  constructor(
    private readonly table: TableName,
    folder: ReleaseFolder,
    private readonly file: string,
    private readonly out: Problem[],
    fields: string[] | undefined,
  ) {
    this.lines = new LineReader(folder.pathOf(file), file, out);
    const header = this.record();
    if (header === null) {
      // An empty file: what decodeCsv says about it.
      parseCsvTable(table, '', file, out, fields);
      this.done = true;
      return;
    }
    this.header = header;
    const problems: Problem[] = [];
    parseCsvTable(table, `${header}\n`, file, problems, fields);
    out.push(...problems);
    if (problems.length > 0) this.done = true;
  }

  get failed(): boolean {
    return this.lines.failed;
  }

  /** One record: lines joined until the quotes balance (a doubled quote inside quotes counts twice). */
  private record(): string | null {
    let text = this.lines.line();
    if (text === null) return null;
    let quotes = countQuotes(text);
    while (quotes % 2 === 1) {
      const more = this.lines.line();
      if (more === null) break;
      text += `\n${more}`;
      quotes += countQuotes(more);
    }
    return text;
  }

  private fill(): void {
    const batch: string[] = [];
    while (batch.length < CSV_BATCH) {
      const r = this.record();
      if (r === null) break;
      batch.push(r);
    }
    if (batch.length === 0) {
      this.done = true;
      return;
    }
    const first = this.records;
    this.records += batch.length;
    const { rows, problems } = decodeCsv(this.table, `${this.header}\n${batch.join('\n')}\n`);
    for (const p of problems) {
      const row = p.row !== null && p.row >= 1 ? p.row + first : null;
      const code =
        p.kind === 'parse'
          ? 'csv/malformed'
          : p.kind === 'ragged'
            ? 'csv/ragged-row'
            : p.kind === 'type'
              ? 'csv/type'
              : 'csv/column-mismatch';
      this.out.push(
        makeProblem(
          code,
          { file: this.file, row, column: p.column },
          { detail: row ? `row ${row}: ${p.message}` : p.message },
        ),
      );
    }
    this.queue = rows;
    this.at = 0;
  }

  next(): Row | undefined {
    while (this.at >= this.queue.length) {
      if (this.done) return undefined;
      this.fill();
    }
    this.count++;
    return this.queue[this.at++];
  }
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

const LAYOUT = 'not one row per line as docs/release-format.md lays out the JSON file';

/** The numbered lines of one file of a table; the first problem stops it. */
abstract class LineRows {
  private readonly lines: LineReader;
  protected lineNo = 0;
  failed = false;
  count = 0;

  constructor(
    protected readonly file: string,
    folder: ReleaseFolder,
    protected readonly out: Problem[],
  ) {
    this.lines = new LineReader(folder.pathOf(file), file, out);
  }

  protected line(): string | null {
    const l = this.lines.line();
    if (this.lines.failed) this.failed = true;
    if (l !== null) this.lineNo++;
    return l;
  }

  protected stop(problem: Problem): undefined {
    this.out.push(problem);
    this.failed = true;
    this.lines.close();
    return undefined;
  }

  /** The current line parsed as JSON (without a trailing comma when given), counted; else stops. */
  protected parse(text: string): unknown {
    const parsed = parseJson(text, this.file, this.lineNo - 1);
    if (!parsed.ok) return this.stop(parsed.problem);
    this.count++;
    return parsed.value;
  }
}

/**
 * Rows of a table's .json file read line by line: `[`, then one row per line joined by `,\n`, then `]`
 * (or `[]`). Another layout is reported as malformed JSON at its line (SHA256SUMS pins the exact bytes).
 */
class JsonRows extends LineRows {
  private state: 'start' | 'rows' | 'close' | 'end' = 'start';

  private layout(detail = LAYOUT): undefined {
    this.state = 'end';
    const at = { path: this.file, line: this.lineNo, column: 1, detail };
    return this.stop(makeProblem('input/malformed-json', { file: this.file }, at));
  }

  next(): unknown {
    if (this.failed || this.state === 'end') return undefined;
    if (this.state === 'start') {
      const l = this.line();
      if (l === null) return this.failed ? undefined : this.layout('unexpected end of JSON (truncated?)');
      if (l === '[]') {
        this.state = 'end';
        return this.line() === null ? undefined : this.layout();
      }
      if (l !== '[') return this.layout();
      this.state = 'rows';
    }
    const l = this.line();
    if (l === null) return this.failed ? undefined : this.layout('unexpected end of JSON (truncated?)');
    if (this.state === 'close' || l === ']') {
      if (l !== ']' || this.count === 0 || this.line() !== null) return this.layout();
      this.state = 'end';
      return undefined;
    }
    const comma = l.endsWith(',');
    if (!comma) this.state = 'close';
    const value = this.parse(comma ? l.slice(0, -1) : l);
    if (this.failed) this.state = 'end';
    return value;
  }
}

/** Rows of a table's .jsonl file; a malformed line stops it (as the in-memory reader drops the file). */
class JsonlRows extends LineRows {
  next(): Row | undefined {
    if (this.failed) return undefined;
    const l = this.line();
    if (l === null) return undefined;
    return this.parse(l) as Row | undefined;
  }
}

export interface StreamedRow {
  /** Index of the row in the JSON file. */
  index: number;
  row: Row;
  /** Valid against the row schema. */
  valid: boolean;
}

/**
 * The three files of a table read in lockstep, one row at a time: each JSON row is checked against the row
 * schema and compared with the CSV and JSONL rows at the same position (as checkTables does whole files).
 */
export class TableStream {
  private readonly csv: CsvRows | null;
  private readonly json: JsonRows | null;
  private readonly jsonl: JsonlRows | null;
  private readonly csvCompare: RowComparer;
  private readonly jsonlCompare: RowComparer;
  private readonly validate: ValidateFunction;
  private readonly jsonPath: string;
  private index = 0;
  private head: StreamedRow | null | undefined;
  private finished = false;

  constructor(
    readonly table: TableName,
    folder: ReleaseFolder,
    fields: string[] | undefined,
    private readonly out: Problem[],
  ) {
    const path = (f: string) => `data/${table}.${f}`;
    this.jsonPath = path('json');
    this.csv = folder.has(path('csv')) ? new CsvRows(table, folder, path('csv'), out, fields) : null;
    this.json = folder.has(this.jsonPath) ? new JsonRows(this.jsonPath, folder, out) : null;
    this.jsonl = folder.has(path('jsonl')) ? new JsonlRows(path('jsonl'), folder, out) : null;
    this.csvCompare = new RowComparer(table, 'csv/json-mismatch', path('csv'), out);
    this.jsonlCompare = new RowComparer(table, 'jsonl/json-mismatch', path('jsonl'), out);
    this.validate = rowValidatorFor(table);
  }

  /** The next row without taking it. */
  peek(): StreamedRow | null {
    if (this.head === undefined) this.head = this.read();
    return this.head;
  }

  next(): StreamedRow | null {
    const row = this.peek();
    this.head = undefined;
    return row;
  }

  private read(): StreamedRow | null {
    const value = this.json?.next();
    const compare = this.json !== null && !this.json.failed;
    const i = this.index;
    if (value !== undefined) {
      this.index++;
      const row = value as Row;
      const c = this.csv?.next();
      const l = this.jsonl?.next();
      if (compare && this.csv && !this.csv.failed) this.csvCompare.compare(i, c, row);
      if (compare && this.jsonl && !this.jsonl.failed) this.jsonlCompare.compare(i, l, row);
      const id = typeof row?.id === 'string' ? row.id : null;
      const valid = checkValue(this.validate, row, { file: this.jsonPath, record: id }, `/${i}`, this.out);
      return { index: i, row, valid };
    }
    if (!this.finished) {
      // The JSON file ended: rows left in the other two are missing from it.
      this.finished = true;
      for (let k = i; ; k++) {
        const c = this.csv?.next();
        const l = this.jsonl?.next();
        if (c === undefined && l === undefined) break;
        if (compare && c !== undefined && !this.csv!.failed) this.csvCompare.compare(k, c, undefined);
        if (compare && l !== undefined && !this.jsonl!.failed) this.jsonlCompare.compare(k, l, undefined);
      }
      this.csvCompare.finish();
      this.jsonlCompare.finish();
    }
    return null;
  }

  /** Rows per file, for the manifest (after the last row); a file that could not be read has none. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    if (this.csv && !this.csv.failed) counts.set(`data/${this.table}.csv`, this.csv.count);
    if (this.json && !this.json.failed) counts.set(this.jsonPath, this.json.count);
    if (this.jsonl && !this.jsonl.failed) counts.set(`data/${this.table}.jsonl`, this.jsonl.count);
    return counts;
  }

  /** JSON rows read. */
  get total(): number {
    return this.index;
  }
}
