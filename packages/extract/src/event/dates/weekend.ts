import type { Token } from '../../text/tokenize.js';
import { timeWords } from '../time-words.js';
import { addDays, iso } from './calendar.js';
import { type DateMention, point } from './date-mention.js';

/**
 * "this weekend", "last weekend", "throughout the weekend": the weekend's days as an EDTF interval. "this"
 * and "the" name the weekend in progress at publication or else the last one before it (news reports the
 * past); "last" the one before that when publication falls on a weekend; "next" and "coming" the one after.
 * Not "the weekend before/after" (relative to another event).
 */
export function readWeekend(
  tokens: readonly Token[],
  k: number,
  end: number,
  pub: Date | null,
): DateMention | null {
  const w = tokens[k]!.lower;
  let at = k + 1;
  if (w === 'the') {
    if (!timeWords.weekendTheAfter.has(tokens[k - 1]?.lower ?? '')) return null;
  } else if (!timeWords.weekendBefore.has(w)) return null;
  if (at >= end || tokens[at]!.lower !== 'weekend') return null;
  at++;
  if (timeWords.relativeOrderWords.has(tokens[at]?.lower ?? '')) return null;
  if (!pub) return point(k, at, null);
  const len = timeWords.weekendDays;
  const into = (pub.getUTCDay() - timeWords.weekendFirstDay + 7) % 7;
  let first = addDays(pub, -into);
  const during = into < len;
  if (timeWords.futurePeriodWords.has(w)) first = addDays(first, 7);
  else if (timeWords.pastPeriodWords.has(w) && during) first = addDays(first, -7);
  return point(k, at, `${iso(first)}/${iso(addDays(first, len - 1))}`);
}
