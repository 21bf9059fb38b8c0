import type * as chrono from 'chrono-node/en';
import type { Token } from '../../text/tokenize.js';
import { timeWords } from '../time-words.js';
import {
  addDays,
  inYear,
  iso,
  NO_REFERENCE,
  precise,
  shiftToWeekday,
  weekdayOfLastWeek,
} from './calendar.js';
import { type DateMention, point } from './date-mention.js';
import { FUTURE_BEFORE_TO, futureBefore, toldInFuture } from './future.js';
import { MONTH_NAME, namesIn, YEAR } from './names-in.js';
import { earlierThis, periodOf, weekOf } from './periods.js';
import { mark } from './since.js';
import { yearShift } from './time-zones.js';

/** Words before a bare month name that make it a date ("in March"), not a noun ("the March on …"). */
const MONTH_BEFORE = timeWords.monthBefore;

/**
 * The mention of chrono's result at tokens [a, b) of a sentence starting at `from`, or null for a false
 * reading ("now", "May said", "a day later"): "last Friday", "in March", "June 3 last year", "this month".
 */
export function mentionOf(
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
    // ("on Monday last week": that day of the calendar week before; chrono takes the last Monday)
    const day = /\blast week$/.test(words)
      ? weekdayOfLastWeek(ref, wd)
      : shiftToWeekday(ref, wd, future, lead === 'last');
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
    // (a modal of the date's own clause or "plans to" right before it; "agreed to buy X in February" is past)
    const own = toldInFuture(tokens, from, a, b) || FUTURE_BEFORE_TO.has(tokens[a - 2]?.lower ?? '');
    if (implied !== null && Number(implied.slice(0, 4)) > year && !own && !futureBefore(tokens, from, a))
      return mark(a, b, inYear(s, year), prev, from, pub);
    // "plans to return in November" in a March article: chrono takes last November, the closest; a clause
    // told in the future means the first such month from publication on
    const next = s.get('month')! < ref.getUTCMonth() + 1 ? year + 1 : year;
    if (implied !== null && own && Number(implied.slice(0, 4)) < next)
      return mark(a, b, inYear(s, next), prev, from, pub);
  }
  const edtf = thisPeriod ? periodOf(thisPeriod[1]!, ref) : precise(s, yearShift(s, pub));
  return edtf ? mark(a, b, edtf, prev, from, pub) : null;
}
