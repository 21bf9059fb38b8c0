import { lexicon } from '../lexicon/load-lexicons.js';
import { readData } from '../lexicon/read-data.js';
import type { Token } from '../text/tokenize.js';
import { wordFact } from '../text/word-facts.js';

type Weekday = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

interface TimeWordFile {
  weekend: { first_day: Weekday; last_day: Weekday };
  weekend_before: string[];
  weekend_the_after: string[];
  future_markers: string[];
  days_later: { counts: Record<string, number>; units: Record<string, number>; words: string[] };
  same_day: string[];
  frame_openers: string[];
  vague_past: string[];
  irregular_past: string[];
  not_simple_past: string[];
  state_ends: string[];
  day_words: string[];
  periods: string[];
  month_numbers: Record<string, number>;
  weekday_abbreviations: string[];
  relative_units: string[];
  year_before: string[];
  month_before: string[];
  hand_starters: string[];
  day_parts: string[];
  period_before: string[];
  future_modals: string[];
  future_before_to: string[];
  clause_openers: string[];
  preposition_openers: string[];
  units_after: string[];
  second_predicate_verbs: string[];
  weekday_names: string[];
  anchor_words: string[];
  noun_determiners: string[];
  relative_pronouns: string[];
  time_nouns: string[];
  day_cue_words: string[];
  range_openers: string[];
  range_joiners: string[];
  this_day_parts: string[];
  relative_order_words: string[];
  future_period_words: string[];
  past_period_words: string[];
}

const file = readData<TimeWordFile>('time-words.json');
const DAYS: readonly Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
const firstDay = DAYS.indexOf(file.weekend.first_day);

/** Word lists for dates without a calendar date (data/time-words.json). */
export const timeWords = {
  /** "until": a date after them ends a state, it does not date the act. */
  stateEnds: new Set(file.state_ends) as ReadonlySet<string>,
  /** Weekday number (0 = Sunday) a weekend starts on, and its length in days. */
  weekendFirstDay: firstDay,
  weekendDays: ((DAYS.indexOf(file.weekend.last_day) - firstDay + 7) % 7) + 1,
  /** "this weekend", "last weekend". */
  weekendBefore: new Set(file.weekend_before) as ReadonlySet<string>,
  /** "throughout the weekend". */
  weekendTheAfter: new Set(file.weekend_the_after) as ReadonlySet<string>,
  /** "would open talks this week": words that make "this week" the week ahead. */
  futureMarkers: new Set(file.future_markers) as ReadonlySet<string>,
  /** "later that day", split into words. */
  sameDay: file.same_day.map((p) => p.split(' ')) as readonly (readonly string[])[],
  /** "five days later": counts in words, units in days, and the words after them. */
  laterCounts: new Map(Object.entries(file.days_later.counts)) as ReadonlyMap<string, number>,
  laterUnits: new Map(Object.entries(file.days_later.units)) as ReadonlyMap<string, number>,
  laterWords: new Set(file.days_later.words) as ReadonlySet<string>,
  /** "On Tuesday, …": words opening a sentence-initial time adverbial. */
  frameOpeners: new Set(file.frame_openers) as ReadonlySet<string>,
  vaguePast: new Set(file.vague_past) as ReadonlySet<string>,
  irregularPast: new Set(file.irregular_past) as ReadonlySet<string>,
  notSimplePast: new Set(file.not_simple_past) as ReadonlySet<string>,
  /** "yesterday", "today": chrono's day words whose mention needs only the publication date. */
  dayWords: new Set(file.day_words) as ReadonlySet<string>,
  /** "last week", "this month": chrono's periods whose mention needs only the publication date. */
  periods: new Set(file.periods) as ReadonlySet<string>,
  /** Month names and abbreviations → month number. */
  monthNumbers: new Map(Object.entries(file.month_numbers)) as ReadonlyMap<string, number>,
  weekdayNames: new Set(file.weekday_names) as ReadonlySet<string>,
  weekdayAbbreviations: new Set(file.weekday_abbreviations) as ReadonlySet<string>,
  /** "week", "month": period words chrono reads after "last", "this", "next", "past". */
  relativeUnits: new Set(file.relative_units) as ReadonlySet<string>,
  /** "in 2008": words before a bare year that make it a date. */
  yearBefore: new Set(file.year_before) as ReadonlySet<string>,
  /** "in March": words before a bare month name that make it a date (year_before and month_before, less "the"). */
  monthBefore: monthBefore() as ReadonlySet<string>,
  /** "from", "early", "mid-": words that open a date read by hand. */
  handStarters: new Set(file.hand_starters) as ReadonlySet<string>,
  /** "Thursday night": parts of a day after a date. */
  dayParts: new Set(file.day_parts) as ReadonlySet<string>,
  /** "last week": words before a period word that make it a date cue. */
  periodBefore: new Set(file.period_before) as ReadonlySet<string>,
  futureModals: new Set(file.future_modals) as ReadonlySet<string>,
  /** "plans to", "is due to". */
  futureBeforeTo: new Set(file.future_before_to) as ReadonlySet<string>,
  /** Words that open another clause: a future word before them is not the date's. */
  clauseOpeners: new Set(file.clause_openers) as ReadonlySet<string>,
  /** "before a federal judge": clause openers that, before an article, are prepositions. */
  prepositionOpeners: new Set(file.preposition_openers) as ReadonlySet<string>,
  /** "2000 troops": words after a number that make it no year. */
  unitsAfter: new Set(file.units_after) as ReadonlySet<string>,
  /** "… and flew to Paris": verbs after "and" that open a second predicate. */
  secondPredicateVerbs: new Set(file.second_predicate_verbs) as ReadonlySet<string>,
  /** "after the resignation": words that open a clause naming an event only as another's anchor. */
  anchorWords: new Set(file.anchor_words) as ReadonlySet<string>,
  /** "the attack": determiners that make an event word a noun. */
  nounDeterminers: new Set(file.noun_determiners) as ReadonlySet<string>,
  /** ", who …": relative pronouns that open a relative clause after a comma. */
  relativePronouns: new Set(file.relative_pronouns) as ReadonlySet<string>,
  /** "week", "weeks", "night", "nights": nouns of a stretch of time with their plurals in 's'. */
  timeNouns: new Set(file.time_nouns.flatMap((w) => [w, `${w}s`])) as ReadonlySet<string>,
  /** "yesterday", "ago": words that name a day relative to publication. */
  dayCueWords: new Set(file.day_cue_words) as ReadonlySet<string>,
  /** "from 2004 to 2007", "between 2004 and 2007": words opening a range of years … */
  rangeOpeners: new Set(file.range_openers) as ReadonlySet<string>,
  /** … and the words between its years. */
  rangeJoiners: new Set(file.range_joiners) as ReadonlySet<string>,
  /** "this morning": parts of a day after "this". */
  thisDayParts: new Set(file.this_day_parts) as ReadonlySet<string>,
  /** "the weekend before": words after "weekend" that make it relative to another time. */
  relativeOrderWords: new Set(file.relative_order_words) as ReadonlySet<string>,
  /** "next week", "the coming weekend": words that place a period after publication. */
  futurePeriodWords: new Set(file.future_period_words) as ReadonlySet<string>,
  /** "last weekend", "the previous weekend": words that place a weekend before publication. */
  pastPeriodWords: new Set(file.past_period_words) as ReadonlySet<string>,
};

function monthBefore(): Set<string> {
  const out = new Set([...file.year_before, ...file.month_before]);
  out.delete('the');
  return out;
}

const isMonthWord = wordFact((w) => lexicon.months.has(w));

/** "March 12", "NAIROBI, May 2": a capitalised month name is the month, never a march or the modal "may". */
export function isMonthName(t: Token): boolean {
  return t.cap && isMonthWord(t);
}
