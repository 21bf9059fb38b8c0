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
  same_day: string[];
  frame_openers: string[];
  vague_past: string[];
  not_simple_past: string[];
  state_ends: string[];
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
  /** "On Tuesday, …": words opening a sentence-initial time adverbial. */
  frameOpeners: new Set(file.frame_openers) as ReadonlySet<string>,
  vaguePast: new Set(file.vague_past) as ReadonlySet<string>,
  notSimplePast: new Set(file.not_simple_past) as ReadonlySet<string>,
};

const isMonthWord = wordFact((w) => lexicon.months.has(w));

/** "March 12", "NAIROBI, May 2": a capitalised month name is the month, never a march or the modal "may". */
export function isMonthName(t: Token): boolean {
  return t.cap && isMonthWord(t);
}
