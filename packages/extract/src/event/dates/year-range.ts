import type { Token } from '../../text/tokenize.js';
import { timeWords } from '../time-words.js';
import { isYear } from './calendar.js';
import { type DateMention, point } from './date-mention.js';

/** "from 2004 to 2007", "between 2004 and 2007": a range of years starting at k, or null. */
export function readYearRange(tokens: readonly Token[], k: number, end: number): DateMention | null {
  const w = tokens[k]!.lower;
  const n1 = k + 1 < end ? tokens[k + 1] : undefined;
  const n2 = k + 2 < end ? tokens[k + 2] : undefined;
  const n3 = k + 3 < end ? tokens[k + 3] : undefined;
  if (
    timeWords.rangeOpeners.has(w) &&
    isYear(n1) &&
    timeWords.rangeJoiners.has(n2?.lower ?? '') &&
    isYear(n3)
  ) {
    return point(k, k + 4, `${n1!.text}/${n3!.text}`);
  }
  return null;
}
