import type { Token } from '../../text/tokenize.js';
import { wordBits, wordFact } from '../../text/word-facts.js';
import { timeWords } from '../time-words.js';
import { readBareYear } from './bare-year.js';
import type { DateMention } from './date-mention.js';
import { daysLater } from './days-later.js';
import { readPartOfYear } from './part-of-year.js';
import { SAME_DAY_FIRST, sameDayAt } from './same-day.js';
import { readThisDayPart } from './this-day-part.js';
import { readWeekend } from './weekend.js';
import { readYearRange } from './year-range.js';

const HAND_STARTERS = timeWords.handStarters;
/** A word that can start what readByHand reads ("from", "early", "mid-2007", "this weekend", "that day"). */
const startsHandDate = wordFact(
  (w) =>
    HAND_STARTERS.has(w) ||
    timeWords.laterCounts.has(w) ||
    timeWords.weekendBefore.has(w) ||
    SAME_DAY_FIRST.has(w) ||
    (w.length > 5 && w.includes('-') && /^(early|mid|late)-\d/.test(w)),
);

const HAND_STARTER = 1;
const LATER_COUNT = 2;
/** Whether a word is a hand starter ("from", "early") and a count of "… days later" ("five"), as bits of a word fact. */
const handWordBits = wordBits([(w) => HAND_STARTERS.has(w), (w) => timeWords.laterCounts.has(w)]);

/** Year ranges, parts of years, bare years and "this morning": what chrono does not read. */
export function readByHand(
  tokens: readonly Token[],
  k: number,
  end: number,
  pub: Date | null,
): DateMention | null {
  const t = tokens[k]!;
  const w = t.lower;
  if (t.kind !== 'number' && !startsHandDate(t)) return null;
  // ("five days later": a count that starts nothing else)
  const bits = handWordBits(t);
  if ((bits & (LATER_COUNT | HAND_STARTER)) === LATER_COUNT) return daysLater(tokens, k, end);
  const later = t.kind === 'number' ? daysLater(tokens, k, end) : null;
  if (later) return later;
  // "the", "of", "that" start only a weekend ("over the weekend") or a back-reference ("of the day")
  if (t.kind === 'word' && (bits & HAND_STARTER) === 0 && !w.includes('-'))
    return readCommonStart(tokens, k, end, pub);
  // in order: "from 2004 to 2007"; "early 2007", "mid-2007"; "in 2007"; "last weekend", "later that day";
  // "this morning"
  return (
    readYearRange(tokens, k, end) ??
    readPartOfYear(tokens, k, end) ??
    readBareYear(tokens, k, end) ??
    readCommonStart(tokens, k, end, pub) ??
    readThisDayPart(tokens, k, end, pub)
  );
}

/** What a common word can start: a weekend ("last weekend") or a phrase for the last day named ("that day"). */
function readCommonStart(
  tokens: readonly Token[],
  k: number,
  end: number,
  pub: Date | null,
): DateMention | null {
  const weekend = readWeekend(tokens, k, end, pub);
  if (weekend) return weekend;
  const same = sameDayAt(tokens, k, end);
  return same > k ? { from: k, to: same, edtf: null, since: false, point: null, sameDay: true } : null;
}
