import type { Dataset, RedirectRow } from '@newsfacts/schemas';
import { encodeCsvRows, toRows } from '@newsfacts/tables';

const EMPTY: Dataset = { sources: [], entities: [], quotes: [], events: [], relations: [], redirects: [] };

/** A curation's redirects as release rows (in toRows' order), their JSON Lines and CSV lines. */
export function redirectRows(redirects: Dataset['redirects']): {
  rows: RedirectRow[];
  jsonl: string;
  csv: string;
} {
  const rows = toRows({ ...EMPTY, redirects }).redirects;
  return {
    rows,
    jsonl: rows.map((r) => `${JSON.stringify(r)}\n`).join(''),
    csv: encodeCsvRows('redirects', rows),
  };
}
