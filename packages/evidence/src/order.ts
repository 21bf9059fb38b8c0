import type { Evidence } from '@newsfacts/schemas';

/** Code-unit order: the same on every machine and locale (never localeCompare in published output). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order of spans: by source, then start, then end. */
export function compareSpans(a: Evidence, b: Evidence): number {
  return compareStrings(a.source, b.source) || a.start - b.start || a.end - b.end;
}

/**
 * True when `list` is already in `compare`'s order (ties allowed): sorting it, which copies it first in
 * V8, would change nothing, since Array.prototype.sort is stable.
 */
export function isSorted<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}
