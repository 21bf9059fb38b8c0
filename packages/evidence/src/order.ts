import type { Evidence } from '@newsfacts/schemas';

/** Code-unit order: the same on every machine and locale (never localeCompare in published output). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order of spans: by source, then start, then end. */
export function compareSpans(a: Evidence, b: Evidence): number {
  return compareStrings(a.source, b.source) || a.start - b.start || a.end - b.end;
}
