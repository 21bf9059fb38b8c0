import type { ParsedComponents } from 'chrono-node';
// English only: the package's root entry loads every locale (~930 modules, ~0.3 s in each worker)
import * as chrono from 'chrono-node/en';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { wordFact } from '../text/word-facts.js';
import { timeWords } from './time-words.js';

/** A date expression: its tokens and its EDTF value (null when it needs a publication date we lack). */
export interface DateMention {
  from: number;
  to: number;
  edtf: string | null;
  /** "since Friday": an interval up to the publication date. */
  since: boolean;
  /** The point date of a "since" expression. */
  point: string | null;
  /** "later that day", "the first game of the day": the last day the text named (the caller fills `edtf`). */
  sameDay?: boolean;
  /** "five days later": days after the last day named (with `sameDay`; the caller adds them). */
  offsetDays?: number;
}

/*
 * Who does what:
 * - chrono-node reads calendar dates ("Thursday, April 7, 2005", "Nov. 3", "7 April 2005", "2005-04-07",
 *   "April 2004 to March 2007"), weekdays ("on Saturday", "last Friday"), and dates relative to the
 *   publication date ("yesterday", "tonight", "last week", "last month", "this week", "two days ago").
 * - Hand-written code reads what chrono does not: bare years after a preposition ("in 2007"), year ranges
 *   ("from 2004 to 2007"), parts of years ("early 2007", "mid-2007"), "this morning", weekends ("this
 *   weekend", "throughout the weekend", as the days data/time-words.json gives), phrases that refer back to
 *   the last day named ("later that day", marked `sameDay`); and it decides what
 *   chrono leaves open: which Saturday (the last one on or before publication, as news reports the past),
 *   the precision of the EDTF value, "since …" and "earlier this week" intervals, and false readings
 *   ("now", "may", "The Sun", "9/11", "a day later" — relative to another event, not to publication).
 * - A window whose one date is "yesterday", "today", "last week", "this month" … is read without chrono
 *   when chrono would find that phrase alone there, with the mention chrono's reading would give
 *   ("Phrases read without chrono").
 */

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
const parser = chrono.casual.clone();
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
const parserNeeds: (RegExp | undefined)[] = parser.parsers.map((p) => PARSER_NEEDS[p.constructor.name]);
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

function parseWith(mask: number, text: string, ref: chrono.ParsingReference): chrono.ParsedResult[] {
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
interface PhraseReading {
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

/** Reference when the source has no publication date: results that depend on it become null. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** The instant chrono reads relative dates from: noon UTC of the publication day. */
function chronoInstant(pub: Date | null): Date {
  return pub ? new Date(pub.getTime() + 12 * 3_600_000) : NO_REFERENCE;
}

const MONTHS = timeWords.monthNumbers;
const WEEKDAY_NAMES = timeWords.weekdayNames;
const WEEKDAY_ABBR = timeWords.weekdayAbbreviations;
/** Period words that chrono reads after "last", "this", "next", "past". */
const RELATIVE_UNITS = timeWords.relativeUnits;
const YEAR_BEFORE = timeWords.yearBefore;
/** Words before a bare month name that make it a date ("in March"), not a noun ("the March on …"). */
const MONTH_BEFORE = timeWords.monthBefore;
const PART_OF_YEAR: Record<string, [string, string]> = {
  early: ['01', '04'],
  mid: ['05', '08'],
  late: ['09', '12'],
};
const HAND_STARTERS = timeWords.handStarters;
const DAY_PARTS = timeWords.dayParts;

/** Finds date expressions in tokens [from, to) and resolves them against the publication date. */
export function findDates(doc: Doc, from: number, to: number, published: string | null): DateMention[] {
  return readDates(doc, from, to, published, true);
}

/** findDates with chrono reading every window, phrases too (what findDates must equal; tests compare them). */
export function findDatesWithChrono(
  doc: Doc,
  from: number,
  to: number,
  published: string | null,
): DateMention[] {
  return readDates(doc, from, to, published, false);
}

function readDates(
  doc: Doc,
  from: number,
  to: number,
  published: string | null,
  readPhrases: boolean,
): DateMention[] {
  const { tokens } = doc;
  const pub = published ? parsePublished(published) : null;
  const hand: DateMention[] = [];
  // chrono reads only windows around words that can start or end a date ("Friday", "ago", "last week")
  const windows: [number, number][] = [];
  const addWindow = (k: number) => {
    const a = Math.max(from, k - WINDOW_BEFORE);
    const b = Math.min(to, k + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    // merged windows stay short, so chrono's work grows linearly with the text
    if (last && a <= last[1] && b - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], b);
    else windows.push([last ? Math.max(a, last[1]) : a, b]);
  };
  for (let k = from; k < to; k++) {
    const found = readByHand(tokens, k, to, pub);
    const stop = found ? Math.max(k + 1, found.to) : k + 1;
    for (let j = k; j < stop; j++) if (isDateCue(tokens, j)) addWindow(j);
    if (found) {
      hand.push(found);
      k = stop - 1;
    }
  }
  if (windows.length === 0) return hand;
  const read: DateMention[] = [];
  for (const [a, b] of windows) {
    for (const m of readWindow(doc, a, b, from, pub, readPhrases)) {
      const last = read[read.length - 1];
      if ((!last || last.to <= m.from) && !isDateline(tokens, from, m)) read.push(m);
    }
  }
  // both lists are in text order: keep the hand-read mention where they overlap
  const out: DateMention[] = [];
  let h = 0;
  for (const m of read) {
    while (h < hand.length && hand[h]!.to <= m.from) out.push(hand[h++]!);
    if (h < hand.length && hand[h]!.from < m.to) continue;
    out.push(m);
  }
  while (h < hand.length) out.push(hand[h++]!);
  return joinBetween(tokens, out);
}

/**
 * "between November 2021 and May 2023": chrono reads the two dates apart (it joins only "from … to …"); after
 * "between", two dates joined by "and" are the interval from the first to the second.
 */
function joinBetween(tokens: readonly Token[], dates: DateMention[]): DateMention[] {
  for (let i = dates.length - 2; i >= 0; i--) {
    const x = dates[i]!;
    const y = dates[i + 1]!;
    if (
      tokens[x.from - 1]?.lower === 'between' &&
      tokens[x.to]?.lower === 'and' &&
      y.from === x.to + 1 &&
      x.edtf &&
      y.edtf &&
      !x.edtf.includes('/') &&
      !y.edtf.includes('/') &&
      x.edtf < y.edtf
    )
      dates.splice(i, 2, point(x.from, y.to, `${x.edtf}/${y.edtf}`));
  }
  return dates;
}

/** "BRISBANE, Australia, Feb. 3 — …": the date of the dispatch, not of an event. */
function isDateline(tokens: readonly Token[], from: number, m: DateMention): boolean {
  if (!/^(—|–|--|-)$/.test(tokens[m.to]?.text ?? '') || m.from - from > 8) return false;
  for (let k = from; k < m.from; k++) {
    const t = tokens[k]!;
    if (!(t.cap || t.text === ',' || t.text === '.' || t.text === '(' || t.text === ')')) return false;
  }
  return true;
}

const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 6;
const MAX_WINDOW = 60;
const PERIOD_BEFORE = timeWords.periodBefore;

function isDateCue(tokens: readonly Token[], k: number): boolean {
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

/** The phrases that refer back to the last day named ("later that day"), by their first word. */
const SAME_DAY_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const p of timeWords.sameDay) SAME_DAY_BY_FIRST.set(p[0]!, [...(SAME_DAY_BY_FIRST.get(p[0]!) ?? []), p]);
const SAME_DAY_FIRST = new Set(SAME_DAY_BY_FIRST.keys());
const NO_PHRASES: readonly (readonly string[])[] = [];
/** A word that can start what readByHand reads ("from", "early", "mid-2007", "this weekend", "that day"). */
const startsHandDate = wordFact(
  (w) =>
    HAND_STARTERS.has(w) ||
    timeWords.laterCounts.has(w) ||
    timeWords.weekendBefore.has(w) ||
    SAME_DAY_FIRST.has(w) ||
    (w.length > 5 && w.includes('-') && /^(early|mid|late)-\d/.test(w)),
);

/** Year ranges, parts of years, bare years and "this morning": what chrono does not read. */
function readByHand(tokens: readonly Token[], k: number, end: number, pub: Date | null): DateMention | null {
  const t = tokens[k]!;
  const w = t.lower;
  if (t.kind !== 'number' && !startsHandDate(t)) return null;
  // ("five days later": a count that starts nothing else)
  if (timeWords.laterCounts.has(w) && !HAND_STARTERS.has(w)) return daysLater(tokens, k, end);
  const later = t.kind === 'number' ? daysLater(tokens, k, end) : null;
  if (later) return later;
  // "the", "of", "that" start only a weekend ("over the weekend") or a back-reference ("of the day")
  if (t.kind === 'word' && !HAND_STARTERS.has(w) && !w.includes('-'))
    return readCommonStart(tokens, k, end, pub);
  const n1 = k + 1 < end ? tokens[k + 1] : undefined;
  const n2 = k + 2 < end ? tokens[k + 2] : undefined;
  const n3 = k + 3 < end ? tokens[k + 3] : undefined;
  // "from 2004 to 2007", "between 2004 and 2007"
  if (
    timeWords.rangeOpeners.has(w) &&
    isYear(n1) &&
    timeWords.rangeJoiners.has(n2?.lower ?? '') &&
    isYear(n3)
  ) {
    return point(k, k + 4, `${n1!.text}/${n3!.text}`);
  }
  // "early 2007", "by early 2007", "mid-2007"
  const part = PART_OF_YEAR[w.replace(/-$/, '')];
  if (part && isYear(n1)) return point(k, k + 2, `${n1!.text}-${part[0]}/${n1!.text}-${part[1]}`);
  const joined = /^(early|mid|late)-(\d{4})$/.exec(w);
  if (joined && isYearNumber(Number(joined[2]))) {
    const p = PART_OF_YEAR[joined[1]!]!;
    return point(k, k + 1, `${joined[2]}-${p[0]}/${joined[2]}-${p[1]}`);
  }
  // bare year after a preposition, not a month's year ("March 2007" is chrono's), nor a year that names
  // an edition before a name ("the 2018 FIFA World Cup")
  if (
    isYear(t) &&
    YEAR_BEFORE.has(tokens[k - 1]?.lower ?? '') &&
    !isUnitAfter(n1) &&
    !(n1?.text === '-' && tokens[k + 2]?.kind === 'number') &&
    !(tokens[k - 1]?.lower === 'the' && n1?.kind === 'word' && n1.cap)
  )
    return point(k, k + 1, t.text);
  const common = readCommonStart(tokens, k, end, pub);
  if (common) return common;
  if (w === 'this' && n1 && timeWords.thisDayParts.has(n1.lower))
    return point(k, k + 2, pub ? iso(pub) : null);
  return null;
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

/**
 * "this weekend", "last weekend", "throughout the weekend": the weekend's days as an EDTF interval. "this"
 * and "the" name the weekend in progress at publication or else the last one before it (news reports the
 * past); "last" the one before that when publication falls on a weekend; "next" and "coming" the one after.
 * Not "the weekend before/after" (relative to another event).
 */
function readWeekend(tokens: readonly Token[], k: number, end: number, pub: Date | null): DateMention | null {
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

/** "five days later", "a week later", "2 days later": the last day named and days to add to it, or null. */
function daysLater(tokens: readonly Token[], k: number, end: number): DateMention | null {
  if (k + 2 >= end || !timeWords.laterWords.has(tokens[k + 2]!.lower)) return null;
  const t = tokens[k]!;
  const count =
    t.kind === 'number' && /^\d{1,2}$/.test(t.text) ? Number(t.text) : timeWords.laterCounts.get(t.lower);
  const unit = timeWords.laterUnits.get(tokens[k + 1]!.lower);
  if (!count || !unit) return null;
  return {
    from: k,
    to: k + 3,
    edtf: null,
    since: false,
    point: null,
    sameDay: true,
    offsetDays: count * unit,
  };
}

/** End of a phrase referring back to the last day named that starts at k ("later that day"), or k. */
function sameDayAt(tokens: readonly Token[], k: number, end: number): number {
  for (const p of SAME_DAY_BY_FIRST.get(tokens[k]!.lower) ?? NO_PHRASES) {
    if (k + p.length > end) continue;
    let ok = true;
    for (let i = 0; i < p.length && ok; i++) ok = tokens[k + i]!.lower === p[i];
    if (ok) return k + p.length;
  }
  return k;
}

/** The dates of a window: a phrase chrono would return alone read here (phraseAlone), the rest by chrono. */
function readWindow(
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

function mentionOf(
  tokens: readonly Token[],
  r: chrono.ParsedResult,
  a: number,
  b: number,
  from: number,
  pub: Date | null,
): DateMention | null {
  const s = r.start;
  const words = r.text.toLowerCase();
  const names = namesIn(tokens, a, b);
  if (names < 0) return null;
  const month = (names & MONTH_NAME) !== 0;
  const hasYear = (names & YEAR) !== 0;
  if (/^(now|right now|just now)$/.test(words)) return null;
  // "a day later", "the day before": relative to another event, not to publication
  if (/\b(later|before|after|earlier|from now)$/.test(words) || /^within\b/.test(words)) return null;
  const prev = a > from ? tokens[a - 1]!.lower : '';
  const dayKnown = s.isCertain('day');
  const monthKnown = s.isCertain('month');
  const yearKnown = s.isCertain('year');
  // a bare month name: "in March" is a date, "the March on Washington" or "May said" is not
  if (month && monthKnown && !dayKnown && !hasYear && !MONTH_BEFORE.has(prev)) return null;
  const relative = !hasYear;
  if (relative && !pub) return mark(a, b, null, prev, from, pub);
  const ref = pub ?? NO_REFERENCE;
  if (r.end && (r.end.isCertain('month') || r.end.isCertain('year'))) {
    // the end's implied year follows the start's ("from March 3 to 5"): both move by the start's shift
    const shift = yearShift(s, pub);
    const x = precise(s, shift);
    const y = precise(r.end, shift);
    return x && y ? point(a, b, `${x}/${y}`) : null;
  }
  if (prev === 'earlier' && /^this (week|month|year)$/.test(words))
    return point(a - 1, b, earlierThis(words.slice(5), ref));
  const week = /^(last|this|next|past|previous|coming) week$/.exec(words);
  if (week) return point(a, b, weekOf(week[1]!, tokens, from, a, ref, pub));
  if (/^past\b/.test(words) && dayKnown)
    return mark(a, b, `${precise(s, yearShift(s, pub))}/${iso(ref)}`, prev, from, pub);
  if (!dayKnown && s.isCertain('weekday')) {
    const wd = s.get('weekday')!;
    const lead = /^(last|next|this|coming)\b/.exec(words)?.[1] ?? prev;
    // "would appear in court on Wednesday": a weekday of a clause told in the future is the next one
    // "a rally for Thursday", "set for Friday": a day something is scheduled for lies ahead
    const future =
      timeWords.futurePeriodWords.has(lead) ||
      (lead !== 'last' && (prev === 'for' || toldInFuture(tokens, from, a, b)));
    const day = shiftToWeekday(ref, wd, future, lead === 'last');
    if (/\bweekend$/.test(words)) {
      const sunday = addDays(day, 1);
      return point(a, b, sunday > ref && !future ? iso(day) : `${iso(day)}/${iso(sunday)}`);
    }
    return mark(a, b, iso(day), prev, from, pub);
  }
  if (!dayKnown && !monthKnown && !yearKnown) return null;
  // "last June", "next March": the last such month before the publication's month (a year back in the
  // same month), or the first after it; chrono implies the year closest to publication either way
  // "on June 3 last year": the year the words after the date name
  const yearWord = tokens[b + 1]?.lower === 'year' ? tokens[b]!.lower : '';
  if (
    (yearWord === 'last' || yearWord === 'this' || yearWord === 'next') &&
    monthKnown &&
    !yearKnown &&
    pub
  ) {
    const year = ref.getUTCFullYear() + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0);
    return mark(a, b + 2, inYear(s, year), prev, from, pub);
  }
  const lead = /^(last|next)\b/.exec(words)?.[1] ?? (prev === 'last' || prev === 'next' ? prev : null);
  if (lead && monthKnown && !yearKnown && pub) {
    const m = s.get('month')!;
    const now = ref.getUTCMonth() + 1;
    const year = ref.getUTCFullYear() + (lead === 'last' ? (m < now ? 0 : -1) : m > now ? 0 : 1);
    return mark(a, b, inYear(s, year), prev, from, pub);
  }
  const thisPeriod = /^this (month|year)$/.exec(words);
  // "in January" in a July article, "In June, the bloc put …" in a December one: chrono takes the closest
  // month, which is in the next year; news tells the past, so unless the clause is told in the future ("will",
  // "plans to", "due in January") it is the last such month before publication
  if (monthKnown && !yearKnown && pub && !thisPeriod) {
    const year = ref.getUTCFullYear();
    const implied = precise(s, yearShift(s, pub));
    if (
      implied !== null &&
      Number(implied.slice(0, 4)) > year &&
      !toldInFuture(tokens, from, a, b) &&
      !futureBefore(tokens, from, a) &&
      !FUTURE_BEFORE_TO.has(tokens[a - 2]?.lower ?? '')
    )
      return mark(a, b, inYear(s, year), prev, from, pub);
  }
  const edtf = thisPeriod ? periodOf(thisPeriod[1]!, ref) : precise(s, yearShift(s, pub));
  return edtf ? mark(a, b, edtf, prev, from, pub) : null;
}

/**
 * mentionOf for a phrase of phraseAlone, from what chrono's result for it holds: "yesterday" and "today"
 * a certain day, month and year (those of the publication day or the one before: chrono reads them at noon
 * UTC of it, and a certain year is not shifted), no end, no weekday, and "this month" / "this year" a
 * certain month or year. Undefined when its tokens hold a name or a year (then chrono reads the window).
 */
function phraseMention(
  phrase: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  from: number,
  pub: Date | null,
): DateMention | null | undefined {
  if (namesIn(tokens, a, b) !== 0) return undefined;
  const prev = a > from ? tokens[a - 1]!.lower : '';
  if (!pub) return mark(a, b, null, prev, from, pub);
  if (phrase === 'yesterday' || phrase === 'today')
    return mark(a, b, iso(phrase === 'today' ? pub : addDays(pub, -1)), prev, from, pub);
  const [modifier, unit] = phrase.split(' ') as [string, string];
  if (prev === 'earlier' && modifier === 'this') return point(a - 1, b, earlierThis(unit, pub));
  if (unit === 'week') return point(a, b, weekOf(modifier, tokens, from, a, pub, pub));
  return mark(a, b, periodOf(unit, pub), prev, from, pub);
}

const MONTH_NAME = 1;
const YEAR = 2;

/**
 * Whether tokens [a, b) hold a month name (MONTH_NAME) or a year (YEAR), or -1 when a name is a word:
 * "may", "march", "sun" in lower case, "Sun" / "Wed" without a period.
 */
function namesIn(tokens: readonly Token[], a: number, b: number): number {
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

/** "earlier this week/month/year": from the start of the period to the day before publication. */
function earlierThis(unit: string, ref: Date): string {
  const startOf =
    unit === 'week'
      ? addDays(ref, -((ref.getUTCDay() + 6) % 7))
      : unit === 'month'
        ? new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1))
        : new Date(Date.UTC(ref.getUTCFullYear(), 0, 1));
  const dayBefore = addDays(ref, -1);
  return dayBefore < startOf || iso(startOf) === iso(dayBefore)
    ? iso(startOf)
    : `${iso(startOf)}/${iso(dayBefore)}`;
}

/** "last week", "this week", "the past week": the days of that week (of "this week", up to publication). */
function weekOf(
  modifier: string,
  tokens: readonly Token[],
  from: number,
  a: number,
  ref: Date,
  pub: Date | null,
): string {
  if (modifier === 'past') return `${iso(addDays(ref, -7))}/${iso(ref)}`;
  const step = timeWords.futurePeriodWords.has(modifier) ? 1 : modifier === 'this' ? 0 : -1;
  const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) + 7 * step);
  // "was published this week": the days of the week up to publication; "will meet this week": all of it
  if (step === 0 && pub && !futureBefore(tokens, from, a))
    return iso(monday) === iso(ref) ? iso(ref) : `${iso(monday)}/${iso(ref)}`;
  return `${iso(monday)}/${iso(addDays(monday, 6))}`;
}

/** "this month", "this year": read from the reference in UTC (see "Time zones"). */
function periodOf(unit: string, ref: Date): string {
  return iso(ref).slice(0, unit === 'month' ? 7 : 4);
}

/** Modal words that tell a clause in the future, and the words before "to" that do ("plans to", "is due to"). */
const FUTURE_MODALS = timeWords.futureModals;
const FUTURE_BEFORE_TO = timeWords.futureBeforeTo;
/** Words that open another clause: a future word before them is not the date's. */
const CLAUSE_OPENERS = timeWords.clauseOpeners;

/** Whether the clause that holds the date at `a` is told in the future (a modal or "plans to" before it). */
function futureInClause(tokens: readonly Token[], a: number): boolean {
  return inClauseBefore(tokens, Math.max(0, a - 12), a, (k) => isFutureAt(tokens, k));
}

/**
 * Whether `test` holds of a word of the date's own clause, from the date at `a` back to `from`: the scan
 * stops at a mark or a word that opens another clause.
 */
function inClauseBefore(
  tokens: readonly Token[],
  from: number,
  a: number,
  test: (k: number) => boolean,
): boolean {
  for (let k = a - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (isClauseMark(t)) return false;
    // "his U.S. and Japanese counterparts": "and" before a capitalised word joins names, not clauses
    if (CLAUSE_OPENERS.has(t.lower) && !(t.lower === 'and' && tokens[k + 1]?.cap)) return false;
    if (test(k)) return true;
  }
  return false;
}

/** A modal, or a word such as "plans" before "to", at `k`: the clause is told in the future. */
function isFutureAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  return FUTURE_MODALS.has(w) || (FUTURE_BEFORE_TO.has(w) && tokens[k + 1]?.lower === 'to');
}

/** A mark that ends a clause (a hyphen or an apostrophe does not). */
const isClauseMark = (t: Token) => t.kind === 'punct' && t.text !== '-' && t.text !== "'";

/** Whether the clause that holds the date at a..b is told in the future, before the date or after it as a frame. */
function toldInFuture(tokens: readonly Token[], from: number, a: number, b: number): boolean {
  return futureInClause(tokens, a) || futureAfterFront(tokens, from, a, b);
}

/**
 * "On Monday, Leo will pray …", "Tuesday, the council is due to vote": a date that opens the sentence and is
 * set off by a comma frames a clause told in the future when a modal or "plans to" follows within it.
 */
function futureAfterFront(tokens: readonly Token[], from: number, a: number, b: number): boolean {
  const opens = a === from || (a === from + 1 && tokens[from]!.lower === 'on');
  if (!opens || tokens[b]?.text !== ',') return false;
  for (let k = b + 1; k < Math.min(tokens.length, b + 12); k++) {
    const t = tokens[k]!;
    if (isClauseMark(t) || CLAUSE_OPENERS.has(t.lower)) return false;
    if (isFutureAt(tokens, k)) return true;
  }
  return false;
}

/** A word of the sentence before the date that points ahead ("will", "would", "plans to"). */
function futureBefore(tokens: readonly Token[], from: number, a: number): boolean {
  // only the date's own clause: "agreed to buy X …, which withdrew its offer in January" tells January past
  return inClauseBefore(tokens, from, a, (k) => timeWords.futureMarkers.has(tokens[k]!.lower));
}

/** A month (and day) chrono read without a year, placed in `year` instead of the one it implied. */
function inYear(c: ParsedComponents, year: number): string | null {
  return precise(c, year - (c.get('year') ?? year));
}

/**
 * EDTF of a chrono component at the precision the text gives: day, month or year; `shift` is added to a
 * year chrono implied (`yearShift`).
 */
function precise(c: ParsedComponents, shift: number): string | null {
  const month = c.get('month');
  const day = c.get('day');
  const implied = c.get('year');
  if (implied === null || implied === undefined) return null;
  const year = c.isCertain('year') ? implied : implied + shift;
  const y = String(year).padStart(4, '0');
  if (c.isCertain('day') && month && day) return `${y}-${pad(month)}-${pad(day)}`;
  if (c.isCertain('month') && month) return `${y}-${pad(month)}`;
  return y;
}

/*
 * Time zones. chrono is given a UTC reference, but reads two values in the local time zone of the process:
 * the year it implies for a month named without one (the year of the date closest to the reference, its
 * `findYearClosestToRef`) and the month and year of "this month" / "this year". On a machine east of UTC+11
 * (New Zealand, Fiji, Kiribati) "this month" in an article of 31 May read June, and near half a year away
 * (or across a daylight-saving change) the implied year could flip. So "this month" / "this year" are read
 * from the reference in UTC here, and an implied year is shifted by the difference between chrono's rule
 * in UTC and in local time: zero in UTC, so the output is what it was there, now on every machine (a
 * test runs extraction under several time zones).
 */

/** chrono's year for a day and month closest to the reference, computed in local time (as chrono does) or UTC. */
function closestYear(ref: Date, day: number, month: number, utc: boolean): number {
  const date = new Date(ref);
  if (utc) {
    date.setUTCMonth(month - 1);
    date.setUTCDate(day);
  } else {
    date.setMonth(month - 1);
    date.setDate(day);
  }
  const shifted = (n: number) => {
    const d = new Date(date);
    if (utc) d.setUTCFullYear(d.getUTCFullYear() + n);
    else d.setFullYear(d.getFullYear() + n);
    return d;
  };
  const distance = (d: Date) => Math.abs(d.getTime() - ref.getTime());
  let best = date;
  if (distance(shifted(1)) < distance(date)) best = shifted(1);
  else if (distance(shifted(-1)) < distance(date)) best = shifted(-1);
  return utc ? best.getUTCFullYear() : best.getFullYear();
}

/**
 * What to add to the year chrono implied for a component's month named without a year ("March 3", "in
 * March") so that it is the year in UTC: 0 for any other component, and always 0 in UTC.
 */
function yearShift(c: ParsedComponents, pub: Date | null): number {
  const month = c.get('month');
  const tags = c.tags();
  // "the end of March": chrono's refiner sets the year again from the reference in UTC
  if (!month || c.isCertain('year') || !c.isCertain('month') || tags.has('refiner/ENEndOfPeriodRefiner'))
    return 0;
  // a month named alone ("in March") takes its year from the month's first day
  const day = c.isCertain('day') && !tags.has('parser/ENMonthNameParser') ? (c.get('day') ?? 1) : 1;
  const instant = chronoInstant(pub);
  return closestYear(instant, day, month, true) - closestYear(instant, day, month, false);
}

/** A mention, or a "since …" interval up to publication when "since" comes right before it. */
function mark(
  a: number,
  b: number,
  edtf: string | null,
  prev: string,
  from: number,
  pub: Date | null,
): DateMention {
  if (prev !== 'since' || a <= from) return point(a, b, edtf);
  if (!edtf || !pub || edtf.includes('/'))
    return { from: a - 1, to: b, edtf: null, since: true, point: edtf };
  const now = iso(pub);
  return { from: a - 1, to: b, edtf: edtf === now ? now : `${edtf}/${now}`, since: true, point: edtf };
}

function point(from: number, to: number, edtf: string | null): DateMention {
  return { from, to, edtf, since: false, point: edtf };
}

function shiftToWeekday(pub: Date, weekday: number, future: boolean, last: boolean): Date {
  const delta = (pub.getUTCDay() - weekday + 7) % 7;
  if (future) return addDays(pub, delta === 0 ? 7 : 7 - delta);
  if (last && delta === 0) return addDays(pub, -7);
  return addDays(pub, -delta);
}

function isYear(t: Token | undefined): boolean {
  if (t?.kind !== 'number' || !/^\d{4}$/.test(t.text)) return false;
  return isYearNumber(Number(t.text));
}

function isYearNumber(y: number): boolean {
  return y >= 1800 && y <= 2100;
}

function isUnitAfter(t: Token | undefined): boolean {
  return t !== undefined && timeWords.unitsAfter.has(t.lower);
}

let lastPublished: [string, Date | null] = ['', null];

/** The publication date, parsed once per article rather than once per sentence. */
function parsePublished(s: string): Date | null {
  if (lastPublished[0] !== s) lastPublished = [s, parseIso(s)];
  return lastPublished[1];
}

function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

function iso(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Words that place an event vaguely in the past without a date ("recently"). */
export const isVagueTime: (t: Token) => boolean = wordFact((w) => timeWords.vaguePast.has(w));
