import type { TableName } from '@newsfacts/schemas';
import { columnsOf } from '@newsfacts/tables';
import { makeProblem, type Problem } from '../problem.js';
import { deepEqual } from './deep-equal.js';

/** Differences listed per table pair; a removed row shifts all that follow, so the list is capped. */
const MAX_LISTED = 20;

/** Rows of one file (CSV or JSONL) against the JSON rows of the same table, cell by cell. */
export function compareRows(
  table: TableName,
  code: 'csv/json-mismatch' | 'jsonl/json-mismatch',
  file: string,
  other: readonly Record<string, unknown>[],
  json: readonly Record<string, unknown>[],
): Problem[] {
  const columns = columnsOf(table);
  const out: Problem[] = [];
  let more = 0;
  const add = (row: number, column: string | null, detail: string) => {
    if (out.length < MAX_LISTED)
      out.push(makeProblem(code, { file, row, column, pointer: `/${row - 1}` }, { table, detail }));
    else more++;
  };
  const n = Math.max(other.length, json.length);
  for (let i = 0; i < n; i++) {
    const a = other[i];
    const b = json[i];
    if (!a || !b) {
      add(
        i + 1,
        null,
        a ? `row ${i + 1} is missing from the JSON file` : `row ${i + 1} of the JSON file is missing here`,
      );
      continue;
    }
    for (const c of columns) {
      if (!deepEqual(a[c], b[c]))
        add(i + 1, c, `row ${i + 1} column ${c}: ${JSON.stringify(a[c])} ≠ JSON ${JSON.stringify(b[c])}`);
    }
  }
  if (more > 0)
    out.push(makeProblem(code, { file }, { table, detail: `${more} further difference(s) not listed` }));
  return out;
}
