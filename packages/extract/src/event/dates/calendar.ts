import type { ParsedComponents } from 'chrono-node';
import type { Token } from '../../text/tokenize.js';

/** Reference when the source has no publication date: results that depend on it become null. */
export const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** The instant chrono reads relative dates from: noon UTC of the publication day. */
export function chronoInstant(pub: Date | null): Date {
  return pub ? new Date(pub.getTime() + 12 * 3_600_000) : NO_REFERENCE;
}

/** A month (and day) chrono read without a year, placed in `year` instead of the one it implied. */
export function inYear(c: ParsedComponents, year: number): string | null {
  return precise(c, year - (c.get('year') ?? year));
}

/**
 * EDTF of a chrono component at the precision the text gives: day, month or year; `shift` is added to a
 * year chrono implied (`yearShift`).
 */
export function precise(c: ParsedComponents, shift: number): string | null {
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

/**
 * "on Saturday", "last Friday", "next Monday": the day of `weekday` (0 Sunday) on or before publication, the
 * first after it (`future`), or a week back for "last" on that weekday.
 */
export function shiftToWeekday(pub: Date, weekday: number, future: boolean, last: boolean): Date {
  const delta = (pub.getUTCDay() - weekday + 7) % 7;
  if (future) return addDays(pub, delta === 0 ? 7 : 7 - delta);
  if (last && delta === 0) return addDays(pub, -7);
  return addDays(pub, -delta);
}

/** "on Monday last week": that weekday (0 Sunday … 6 Saturday) in the calendar week (Monday to Sunday) before pub's. */
export function weekdayOfLastWeek(pub: Date, weekday: number): Date {
  const monday = addDays(pub, -((pub.getUTCDay() + 6) % 7));
  return addDays(monday, -7 + ((weekday + 6) % 7));
}

/** "2007": a four-digit number token that can be a year. */
export function isYear(t: Token | undefined): boolean {
  if (t?.kind !== 'number' || !/^\d{4}$/.test(t.text)) return false;
  return isYearNumber(Number(t.text));
}

/** A number that can be a year (1800–2100). */
export function isYearNumber(y: number): boolean {
  return y >= 1800 && y <= 2100;
}

let lastPublished: [string, Date | null] = ['', null];

/** The publication date, parsed once per article rather than once per sentence. */
export function parsePublished(s: string): Date | null {
  if (lastPublished[0] !== s) lastPublished = [s, parseIso(s)];
  return lastPublished[1];
}

function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The day `n` days after `d` (before it when `n` is negative). */
export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** EDTF of a day ("2005-04-07"), in UTC. */
export function iso(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
