import type { Token } from '../../text/tokenize.js';
import { isYear, isYearNumber } from './calendar.js';
import { type DateMention, point } from './date-mention.js';

const PART_OF_YEAR: Record<string, [string, string]> = {
  early: ['01', '04'],
  mid: ['05', '08'],
  late: ['09', '12'],
};

/** "early 2007", "by early 2007", "mid-2007": the months of a part of a year starting at k, or null. */
export function readPartOfYear(tokens: readonly Token[], k: number, end: number): DateMention | null {
  const w = tokens[k]!.lower;
  const n1 = k + 1 < end ? tokens[k + 1] : undefined;
  const part = PART_OF_YEAR[w.replace(/-$/, '')];
  if (part && isYear(n1)) return point(k, k + 2, `${n1!.text}-${part[0]}/${n1!.text}-${part[1]}`);
  const joined = /^(early|mid|late)-(\d{4})$/.exec(w);
  if (joined && isYearNumber(Number(joined[2]))) {
    const p = PART_OF_YEAR[joined[1]!]!;
    return point(k, k + 1, `${joined[2]}-${p[0]}/${joined[2]}-${p[1]}`);
  }
  return null;
}
