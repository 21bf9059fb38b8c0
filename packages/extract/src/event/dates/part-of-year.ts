import type { Token } from '../../text/tokenize.js';
import { isYear, isYearNumber } from './calendar.js';
import { type DateMention, point } from './date-mention.js';

const PART_OF_YEAR: Record<string, [string, string]> = {
  early: ['01', '04'],
  mid: ['05', '08'],
  late: ['09', '12'],
};

/** The months of a quarter or a half of a year by its ordinal ("first quarter": 01–03, "second half": 07–12). */
const ORDINAL_PARTS: Record<string, Record<string, [string, string]>> = {
  quarter: { first: ['01', '03'], second: ['04', '06'], third: ['07', '09'], fourth: ['10', '12'] },
  half: { first: ['01', '06'], second: ['07', '12'] },
};
const QUARTER_CODE = /^q([1-4])$/;

/**
 * "early 2007", "by early 2007", "mid-2007", "the first quarter of 2027", "the second half of 2026", "Q3 2026":
 * the months of a part of a year starting at k, or null.
 */
export function readPartOfYear(tokens: readonly Token[], k: number, end: number): DateMention | null {
  const w = tokens[k]!.lower;
  const n1 = k + 1 < end ? tokens[k + 1] : undefined;
  const ordinal = ORDINAL_PARTS[n1?.lower ?? '']?.[w];
  const year = k + 3 < end ? tokens[k + 3] : undefined;
  if (ordinal && tokens[k + 2]?.lower === 'of' && isYear(year))
    return point(k, k + 4, `${year!.text}-${ordinal[0]}/${year!.text}-${ordinal[1]}`);
  const q = QUARTER_CODE.exec(w);
  if (q && isYear(n1)) {
    const months = ORDINAL_PARTS.quarter![['first', 'second', 'third', 'fourth'][Number(q[1]) - 1]!]!;
    return point(k, k + 2, `${n1!.text}-${months[0]}/${n1!.text}-${months[1]}`);
  }
  const part = PART_OF_YEAR[w.replace(/-$/, '')];
  if (part && isYear(n1)) return point(k, k + 2, `${n1!.text}-${part[0]}/${n1!.text}-${part[1]}`);
  const joined = /^(early|mid|late)-(\d{4})$/.exec(w);
  if (joined && isYearNumber(Number(joined[2]))) {
    const p = PART_OF_YEAR[joined[1]!]!;
    return point(k, k + 1, `${joined[2]}-${p[0]}/${joined[2]}-${p[1]}`);
  }
  return null;
}
