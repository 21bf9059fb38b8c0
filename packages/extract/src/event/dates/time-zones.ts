import type { ParsedComponents } from 'chrono-node';
import { chronoInstant } from './calendar.js';

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
export function yearShift(c: ParsedComponents, pub: Date | null): number {
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
