// English only: the package's root entry loads every locale (~930 modules, ~0.3 s in each worker)
import * as chrono from 'chrono-node/en';
import type { Doc } from '../../text/segment.js';
import { wordFact } from '../../text/word-facts.js';

/** chrono's casual English parser without the parsers for clock times, slash dates and "within/later". */
const DROPPED_PARSERS = new Set([
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'SlashDateFormatParser',
  'ENSlashMonthFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ISOFormatParser',
  'ENEndOfCurrentMonthParser',
]);
/** Refiners for clock times and time zones, which dates without times never need. */
const DROPPED_REFINERS = new Set([
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ENMergeDateTimeRefiner',
  'ForwardDateRefiner',
]);
/** The configured parser (its parsers and refiners as chrono's casual one, less those dropped). */
export const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
parser.refiners = parser.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
/** Names of the parsers in use (a test checks that an upgrade of chrono keeps this configuration). */
export const CHRONO_PARSERS: readonly string[] = parser.parsers.map((p) => p.constructor.name);

/*
 * Every parser matches its pattern first, and most patterns cannot match without one of a few words
 * (case-insensitive like the patterns, which have no u flag): a month-name parser needs "jan" … "dec", the
 * weekday parser "mon" … "sun", "weekend" or "weekday". Parsers whose word is absent from a window find
 * nothing there, so they are left out; the others run in the same order with the same refiners, and the
 * results are the same as with all parsers (a test compares the two).
 */
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const PARSER_NEEDS: Record<string, RegExp> = {
  ENMonthNameLittleEndianParser: MONTH_WORD,
  ENMonthNameMiddleEndianParser: MONTH_WORD,
  ENYearMonthNameParser: MONTH_WORD,
  ENMonthNameParser: MONTH_WORD,
  // every weekday it knows has one of these seven in it; "week" alone is only its optional "… of next
  // week" after a weekday, so "last week" and "this week" do not run it
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  // "last night" is its only phrase with "last"; the other parsers read "last week"
  ENCasualDateParser: /now|today|night|tomorrow|overmorrow|tmr|yesterday/i,
  // "2005-04-07", "2005 Apr 7", "2005/4/7": four digits, a separator, then a digit or a month name (every
  // month name it knows starts with one of these), so a bare year ("in 2007") does not run it
  ENYearMonthDayParser: /[0-9]{4}[-./\s](?:[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/i,
};
/** The gate of each parser in use, by its index in `parser.parsers` (undefined: none, it runs always). */
export const parserNeeds: (RegExp | undefined)[] = parser.parsers.map(
  (p) => PARSER_NEEDS[p.constructor.name],
);
const parserSubsets = new Map<number, chrono.Chrono>();

/** The parsers that can match a text, as bits of their index in `parser.parsers`. */
export function parsersFor(text: string): number {
  let mask = 0;
  for (let i = 0; i < parserNeeds.length; i++) {
    const need = parserNeeds[i];
    if (need === undefined || need.test(text)) mask |= 1 << i;
  }
  return mask;
}

/** The year-first parser, whose gate runs across tokens ("2005-04-07"): read on a window's text. */
const YEAR_FIRST = CHRONO_PARSERS.indexOf('ENYearMonthDayParser');
/** The parsers without a gate, which run on every window. */
const UNGATED = parserNeeds.reduce((m, need, i) => (need === undefined ? m | (1 << i) : m), 0);
/**
 * The gates a word holds, as parsersFor's bits (the year-first parser's bit: four digits in a row). A gate is
 * case-insensitive ASCII, so the lower-case word holds every gate its written form holds (a non-ASCII capital
 * can lower-case to ASCII, "İ": then a parser more runs and finds nothing, as parsers whose gate is absent do).
 */
const gatesOf = wordFact((w) => {
  let mask = /[0-9]{4}/.test(w) && YEAR_FIRST >= 0 ? 1 << YEAR_FIRST : 0;
  for (let i = 0; i < parserNeeds.length; i++) {
    const need = parserNeeds[i];
    if (need !== undefined && i !== YEAR_FIRST && need.test(w)) mask |= 1 << i;
  }
  return mask;
});

/**
 * parsersFor of a window's text (tokens [from, to)) from its words' gates: ten regexp tests of the text cost
 * more than a slot read per word. Every gate but the year-first one is letters, "+" or "-", and a match of it
 * lies within one token unless two tokens are written together with a letter or digit on both sides (a word
 * cut at 200 letters): then the text is read as before. The year-first gate is read on the text when a word
 * has its four digits.
 */
export function parsersOfWindow(doc: Doc, from: number, to: number, slice: string): number {
  const { tokens, text } = doc;
  let mask = UNGATED;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (
      k > from &&
      t.start === tokens[k - 1]!.end &&
      isAsciiAlnum(text, t.start) &&
      isAsciiAlnum(text, t.start - 1)
    )
      return parsersFor(slice);
    mask |= gatesOf(t);
  }
  const yearFirst = 1 << YEAR_FIRST;
  if (YEAR_FIRST >= 0 && (mask & yearFirst) !== 0 && !parserNeeds[YEAR_FIRST]!.test(slice))
    mask &= ~yearFirst;
  return mask;
}

function isAsciiAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** chrono's results for a text, running only the parsers that can match it. */
export function parseWithChrono(text: string, ref: chrono.ParsingReference): chrono.ParsedResult[] {
  return parseWith(parsersFor(text), text, ref);
}

/** chrono's results for a text, running the parsers of `mask` (a parser subset is made once per mask). */
export function parseWith(mask: number, text: string, ref: chrono.ParsingReference): chrono.ParsedResult[] {
  let subset = parserSubsets.get(mask);
  if (!subset) {
    subset = parser.clone();
    subset.parsers = parser.parsers.filter((_, i) => (mask & (1 << i)) !== 0);
    parserSubsets.set(mask, subset);
  }
  return subset.parse(text, ref);
}

/** chrono's results for a text with every parser in use (what parseWithChrono must equal). */
export function parseWithAllParsers(text: string, ref: chrono.ParsingReference): chrono.ParsedResult[] {
  return parser.parse(text, ref);
}
