import type { Token } from '../../text/tokenize.js';
import { timeWords } from '../time-words.js';
import { isYear } from './calendar.js';
import { type DateMention, point } from './date-mention.js';

const YEAR_BEFORE = timeWords.yearBefore;

/**
 * "in 2007": a bare year after a preposition at k, not a month's year ("March 2007" is chrono's), nor a year
 * that names an edition before a name ("the 2018 FIFA World Cup"); or null.
 */
export function readBareYear(tokens: readonly Token[], k: number, end: number): DateMention | null {
  const t = tokens[k]!;
  const n1 = k + 1 < end ? tokens[k + 1] : undefined;
  if (
    isYear(t) &&
    YEAR_BEFORE.has(tokens[k - 1]?.lower ?? '') &&
    !isUnitAfter(n1) &&
    !(n1?.text === '-' && tokens[k + 2]?.kind === 'number') &&
    !(tokens[k - 1]?.lower === 'the' && n1?.kind === 'word' && n1.cap)
  )
    return point(k, k + 1, t.text);
  return null;
}

/** "2000 troops": a word after a number that makes it no year. */
function isUnitAfter(t: Token | undefined): boolean {
  return t !== undefined && timeWords.unitsAfter.has(t.lower);
}
