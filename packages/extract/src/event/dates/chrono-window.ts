import type * as chrono from 'chrono-node/en';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { timeWords } from '../time-words.js';
import { chronoInstant, isYear } from './calendar.js';
import { parsersOfWindow, parseWith } from './chrono-parser.js';
import type { DateMention } from './date-mention.js';
import { mentionOf } from './mention-of.js';
import { type PhraseReading, phraseAlone } from './phrase-alone.js';
import { phraseMention } from './phrase-mention.js';

const MONTHS = timeWords.monthNumbers;
const WEEKDAY_NAMES = timeWords.weekdayNames;
const WEEKDAY_ABBR = timeWords.weekdayAbbreviations;
/** Period words that chrono reads after "last", "this", "next", "past". */
const RELATIVE_UNITS = timeWords.relativeUnits;
const DAY_PARTS = timeWords.dayParts;

/** A window: WINDOW_BEFORE tokens before a cue to WINDOW_AFTER after it; merged ones under MAX_WINDOW. */
export const WINDOW_BEFORE = 3;
export const WINDOW_AFTER = 6;
export const MAX_WINDOW = 60;
const PERIOD_BEFORE = timeWords.periodBefore;

/** "Friday", "yesterday", "last week", "2005-04-07": a word around which chrono reads a window. */
export function isDateCue(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // "2005-04-07"
  if (t.kind === 'number')
    return isYear(t) && tokens[k + 1]?.text === '-' && tokens[k + 2]?.kind === 'number';
  if (t.kind !== 'word') return false;
  const cue = dateCueOf(t);
  if (cue === 'calendar') return t.cap;
  if (cue === 'day') return true;
  // "last week", "this month", "the past two days"
  return cue === 'unit' && PERIOD_BEFORE.has(tokens[k - 1]?.lower ?? '');
}

/**
 * What a word can be in a date (the three kinds share no word): a month or weekday name (a cue when
 * capitalized), a day said by itself ("yesterday", "ago"), a period unit ("week" after "last"), or none.
 */
const dateCueOf = wordFact((w): 'calendar' | 'day' | 'unit' | null => {
  if (MONTHS.has(w) || WEEKDAY_NAMES.has(w) || WEEKDAY_ABBR.has(w)) return 'calendar';
  if (timeWords.dayCueWords.has(w)) return 'day';
  return RELATIVE_UNITS.has(w) ? 'unit' : null;
});

/** The dates of a window: a phrase chrono would return alone read here (phraseAlone), the rest by chrono. */
export function readWindow(
  doc: Doc,
  from: number,
  to: number,
  sentenceFrom: number,
  pub: Date | null,
  readPhrases: boolean,
): DateMention[] {
  const { tokens, text } = doc;
  const base = tokens[from]!.start;
  const slice = text.slice(base, tokens[to - 1]!.end);
  const ref = { instant: chronoInstant(pub), timezone: 0 };
  let results: chrono.ParsedResult[];
  try {
    const mask = parsersOfWindow(doc, from, to, slice);
    const phrase = readPhrases ? phraseAlone(slice, ref, mask) : null;
    if (phrase) {
      const m = readPhrase(tokens, from, to, sentenceFrom, base, phrase, pub);
      if (m !== undefined) return m ? [m] : [];
    }
    results = parseWith(mask, slice, ref);
  } catch {
    return [];
  }
  const out: DateMention[] = [];
  for (const r of results) {
    const span = spanOf(tokens, from, to, base + r.index, r.text.length);
    const m = span && mentionOf(tokens, r, span[0], span[1], sentenceFrom, pub);
    if (m) out.push(withDayPart(tokens, m, span[1], to));
  }
  return out;
}

/** The mention of a phrase read without chrono; undefined when its tokens hold a name or a year (chrono's). */
function readPhrase(
  tokens: readonly Token[],
  from: number,
  to: number,
  sentenceFrom: number,
  base: number,
  r: PhraseReading,
  pub: Date | null,
): DateMention | null | undefined {
  const span = spanOf(tokens, from, to, base + r.index, r.text.length);
  if (!span) return null;
  const m = phraseMention(r.phrase, tokens, span[0], span[1], sentenceFrom, pub);
  return m && withDayPart(tokens, m, span[1], to);
}

/** The tokens [a, b) of a result at a UTF-16 offset, or null when it covers no whole token. */
function spanOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  offset: number,
  length: number,
): [number, number] | null {
  const a = tokenAt(tokens, from, to, offset);
  let b = tokenAt(tokens, from, to, offset + length);
  // chrono keeps a trailing comma ("Friday,")
  while (b > a + 1 && tokens[b - 1]!.kind === 'punct' && tokens[b - 1]!.text !== '.') b--;
  return a < b ? [a, b] : null;
}

/** "Thursday night": the part of the day after a date belongs to it. */
function withDayPart(tokens: readonly Token[], m: DateMention, b: number, to: number): DateMention {
  if (b < to && DAY_PARTS.has(tokens[b]!.lower)) m.to = b + 1;
  return m;
}

/** The first token of [from, to) that starts at or after a UTF-16 offset. */
function tokenAt(tokens: readonly Token[], from: number, to: number, offset: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
