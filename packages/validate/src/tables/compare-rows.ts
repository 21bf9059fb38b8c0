import type { TableName } from '@newsfacts/schemas';
import { columnsOf } from '@newsfacts/tables';
import { makeProblem, type Problem } from '../problem.js';
import { deepEqual } from './deep-equal.js';

/** Differences listed per table pair; a removed row shifts all that follow, so the list is capped. */
const MAX_LISTED = 20;

type Row = Record<string, unknown>;
export type MismatchCode = 'csv/json-mismatch' | 'jsonl/json-mismatch' | 'parquet/json-mismatch';

/** Row-by-row comparison of one file (CSV or JSONL) with the JSON rows of the same table, fed one row at a time. */
export class RowComparer {
  private readonly columns: string[];
  private listed = 0;
  private more = 0;
  constructor(
    private readonly table: TableName,
    private readonly code: MismatchCode,
    private readonly file: string,
    private readonly out: Problem[],
  ) {
    this.columns = columnsOf(table);
  }

  private add(row: number, column: string | null, detail: string): void {
    if (this.listed < MAX_LISTED) {
      this.listed++;
      this.out.push(
        makeProblem(
          this.code,
          { file: this.file, row, column, pointer: `/${row - 1}` },
          { table: this.table, detail },
        ),
      );
    } else this.more++;
  }

  /** Row `i` (0-based) of each file; undefined when that file has no such row. */
  compare(i: number, a: Row | undefined, b: Row | undefined): void {
    if (!a || !b) {
      this.add(
        i + 1,
        null,
        a ? `row ${i + 1} is missing from the JSON file` : `row ${i + 1} of the JSON file is missing here`,
      );
      return;
    }
    for (const c of this.columns) {
      if (!deepEqual(a[c], b[c]))
        this.add(
          i + 1,
          c,
          `row ${i + 1} column ${c}: ${JSON.stringify(a[c])} ≠ JSON ${JSON.stringify(b[c])}`,
        );
    }
  }

  finish(): void {
    if (this.more > 0)
      this.out.push(
        makeProblem(
          this.code,
          { file: this.file },
          { table: this.table, detail: `${this.more} further difference(s) not listed` },
        ),
      );
  }
}

/** Rows of one file (CSV, JSONL or Parquet) against the JSON rows of the same table, cell by cell. */
export function compareRows(
  table: TableName,
  code: MismatchCode,
  file: string,
  other: readonly Row[],
  json: readonly Row[],
): Problem[] {
  const out: Problem[] = [];
  const comparer = new RowComparer(table, code, file, out);
  const n = Math.max(other.length, json.length);
  for (let i = 0; i < n; i++) comparer.compare(i, other[i], json[i]);
  comparer.finish();
  return out;
}
