import type { Token } from '../../text/tokenize.js';
import { timeWords } from '../time-words.js';
import { addDays, iso } from './calendar.js';
import { futureBefore } from './future.js';

/** "earlier this week/month/year": from the start of the period to the day before publication. */
export function earlierThis(unit: string, ref: Date): string {
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
export function weekOf(
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

/** "this month", "this year": read from the reference in UTC (see "Time zones", time-zones.ts). */
export function periodOf(unit: string, ref: Date): string {
  return iso(ref).slice(0, unit === 'month' ? 7 : 4);
}
