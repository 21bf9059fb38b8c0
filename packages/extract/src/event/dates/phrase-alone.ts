import type * as chrono from 'chrono-node/en';
import { timeWords } from '../time-words.js';
import { CHRONO_PARSERS, parser, parserNeeds, parsersFor } from './chrono-parser.js';

/*
 * Phrases read without chrono. A window whose one date is "yesterday", "today", "last week" or "this
 * month" (four in ten windows of the generated news) costs a chrono call of several µs (a result with its
 * date components, nine refiners) for a mention that depends only on the words, the word before them and
 * the publication date. Such a window is read here when chrono would return that phrase and nothing else:
 * - the phrase is the only place in the window where its parser's gate words occur ("yesterday" the only
 *   one of now|today|night|…, "last" the only one of this|last|past|next|after), with a non-word character
 *   or the window's edge on both sides: every match of the parser's pattern contains a gate word, and here
 *   the pattern matches, so the parser finds the phrase and nothing else;
 * - every other parser the gates let through, run alone on the window as chrono runs it, finds nothing
 *   (a parser does not see the others' results);
 * - the refiners leave one such result alone: the merging ones need two results, the filters keep a valid
 *   date that is not "may" or "the second", the year-suffix one reads only a month without a year (these
 *   have a year or no month), and the end-of-period one acts only after "end of" / "last day of" (windows
 *   with that before the phrase go to chrono).
 * The mention is then what mentionOf makes of chrono's result (phraseMention follows its branches), with
 * the day of "yesterday" / "today" taken in UTC: chrono takes it in local time at noon UTC, the same day
 * except in a zone that skipped that calendar day (Samoa's 30 December 2011), where it read a later one.
 * Tests compare the two ways on the gold texts and a table of expressions, publication dates and zones.
 */
/** Day words of chrono's casual-date parser whose mention needs only the publication date. */
const DAY_WORDS = timeWords.dayWords;
/**
 * Periods of chrono's relative-date parser whose mention needs only the publication date: not "last month"
 * or "next year", whose month and year mentionOf takes from chrono's arithmetic (31 March less a month).
 */
const PERIODS = timeWords.periods;
const PHRASE_AT = /^(?:yesterday|today|(?:this|last|past|next) (?:week|month|year))(?![A-Za-z0-9_])/i;
/** ENEndOfPeriodRefiner's test of the text before a result ("by the end of this month"). */
const END_OF_PERIOD = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const CASUAL = CHRONO_PARSERS.indexOf('ENCasualDateParser');
const RELATIVE = CHRONO_PARSERS.indexOf('ENRelativeDateFormatParser');
/** Each parser in use alone, without refiners: what it finds in a text by itself. */
const alone = parser.parsers.map((p) => {
  const one = parser.clone();
  one.parsers = [p];
  one.refiners = [];
  return one;
});

/** A phrase chrono would return alone from a window. */
export interface PhraseReading {
  index: number;
  text: string;
  phrase: string;
}

/** The phrase that is all chrono would find in a text, or null. */
export function phraseAlone(
  text: string,
  ref: chrono.ParsingReference,
  mask = parsersFor(text),
): PhraseReading | null {
  let by = CASUAL;
  let found = (mask & (1 << CASUAL)) !== 0 ? phraseAt(text, CASUAL, DAY_WORDS) : null;
  if (!found && (mask & (1 << RELATIVE)) !== 0) {
    by = RELATIVE;
    found = phraseAt(text, RELATIVE, PERIODS);
  }
  if (!found || END_OF_PERIOD.test(text.slice(0, found.index))) return null;
  for (let i = 0; i < alone.length; i++)
    if (i !== by && (mask & (1 << i)) !== 0 && alone[i]!.parse(text, ref).length > 0) return null;
  return found;
}

/** The phrase of `phrases` where parser `by`'s gate words first occur in a text, if they occur nowhere else. */
function phraseAt(text: string, by: number, phrases: ReadonlySet<string>): PhraseReading | null {
  const need = parserNeeds[by]!;
  const first = need.exec(text);
  if (!first) return null;
  const index = first.index;
  if (index > 0 && /\w/.test(text.charAt(index - 1))) return null;
  const m = PHRASE_AT.exec(text.slice(index));
  if (!m) return null;
  const phrase = m[0].toLowerCase();
  // gate words are letters: none starts inside the phrase (none is part of another) or spans its edges
  if (!phrases.has(phrase) || need.test(text.slice(index + m[0].length))) return null;
  return { index, text: m[0], phrase };
}
