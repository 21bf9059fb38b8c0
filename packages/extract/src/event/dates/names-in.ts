import type { Token } from '../../text/tokenize.js';
import { timeWords } from '../time-words.js';
import { isYear } from './calendar.js';

const MONTHS = timeWords.monthNumbers;
const WEEKDAY_NAMES = timeWords.weekdayNames;
const WEEKDAY_ABBR = timeWords.weekdayAbbreviations;
/** namesIn's bits: a month name, a year. */
export const MONTH_NAME = 1;
export const YEAR = 2;

/**
 * Whether tokens [a, b) hold a month name (MONTH_NAME) or a year (YEAR), or -1 when a name is a word:
 * "may", "march", "sun" in lower case, "Sun" / "Wed" without a period.
 */
export function namesIn(tokens: readonly Token[], a: number, b: number): number {
  let names = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    const name = MONTHS.has(t.lower);
    const day = WEEKDAY_NAMES.has(t.lower) || WEEKDAY_ABBR.has(t.lower);
    if ((name || day) && !t.cap) return -1;
    if (WEEKDAY_ABBR.has(t.lower) && tokens[k + 1]?.text !== '.') return -1;
    if (name) names |= MONTH_NAME;
    if (isYear(t)) names |= YEAR;
  }
  return names;
}
