import { daysFromCivil, daysInMonth } from './days-from-civil.js';

/** A date or interval as a half-open range of days since 1970-01-01. */
export interface EdtfInterval {
  /** First day (inclusive). */
  start: number;
  /** Day after the last day (exclusive). */
  end: number;
  /** `?` or `%` somewhere in the value. */
  uncertain: boolean;
  /** `~` or `%` somewhere in the value. */
  approximate: boolean;
  /** Some digits are `X`. */
  unspecified: boolean;
}

const DATE = /^([0-9X]{4})([?~%]?)(?:-([0-9X]{2})([?~%]?))?(?:-([0-9X]{2})([?~%]?))?$/;

function digitRange(digits: string): [number, number] {
  return [Number(digits.replaceAll('X', '0')), Number(digits.replaceAll('X', '9'))];
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD with X digits and `?~%` qualifiers; null for anything else. */
function parseDate(value: string): EdtfInterval | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [, yearDigits = '', yq = '', monthDigits, mq = '', dayDigits, dq = ''] = match;
  if (dayDigits !== undefined && monthDigits === undefined) return null;
  const qualifiers = yq + mq + dq;
  const [yearMin, yearMax] = digitRange(yearDigits);
  let [monthMin, monthMax] = monthDigits === undefined ? [1, 12] : digitRange(monthDigits);
  monthMin = Math.max(1, monthMin);
  monthMax = Math.min(12, monthMax);
  if (monthMin > monthMax) return null;
  let dayMin = 1;
  let dayMax = daysInMonth(yearMax, monthMax);
  if (dayDigits !== undefined) {
    const [lo, hi] = digitRange(dayDigits);
    dayMin = Math.max(1, lo);
    dayMax = Math.min(dayMax, hi);
    if (!dayDigits.includes('X') && lo > daysInMonth(yearMin, monthMin)) return null;
    if (dayMin > dayMax) return null;
  }
  return {
    start: daysFromCivil(yearMin, monthMin, dayMin),
    end: daysFromCivil(yearMax, monthMax, dayMax) + 1,
    uncertain: /[?%]/.test(qualifiers),
    approximate: /[~%]/.test(qualifiers),
    unspecified: value.includes('X'),
  };
}

/**
 * Turns an EDTF value into a day range: a date (YYYY, YYYY-MM, YYYY-MM-DD) covers its whole extent, an
 * interval `A/B` runs from the start of A to the end of B. Unknown forms (open ends, seasons, negative
 * years, …) give null, and the viewer lists such events as undated.
 */
export function parseEdtf(value: string): EdtfInterval | null {
  const parts = value.split('/');
  if (parts.length === 1) return parseDate(value);
  if (parts.length !== 2) return null;
  const from = parseDate(parts[0] ?? '');
  const to = parseDate(parts[1] ?? '');
  if (!from || !to || from.start > to.end - 1) return null;
  return {
    start: from.start,
    end: to.end,
    uncertain: from.uncertain || to.uncertain,
    approximate: from.approximate || to.approximate,
    unspecified: from.unspecified || to.unspecified,
  };
}
