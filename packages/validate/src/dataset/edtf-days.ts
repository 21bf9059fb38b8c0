import edtf, { type EdtfValue } from 'edtf';

/** A date or interval as a half-open range of days since 1970-01-01, with its qualifiers. */
export interface EdtfDays {
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

const DAY_MS = 86_400_000;

// A plain calendar date of a 4-digit year from 1000 (YYYY, YYYY-MM, YYYY-MM-DD, no qualifier), alone or as
// both ends of an interval: nearly all dates of a release. edtf builds a new parser per call (~0.3 ms), so these are read here, with the same
// result (edtf-days.test.ts compares both on many values). February 29th of a common year, years before
// 1000 (Date.UTC maps 0-99 to the 1900s) and every other form go to edtf.
const PLAIN = /^([1-9]\d{3})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const PLAIN_FLAGS = { uncertain: false, approximate: false, unspecified: false };

function plainDays(value: string): EdtfDays | null {
  const m = PLAIN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined)
    return { start: Date.UTC(year, 0, 1) / DAY_MS, end: Date.UTC(year + 1, 0, 1) / DAY_MS, ...PLAIN_FLAGS };
  const month = Number(m[2]) - 1;
  if (m[3] === undefined)
    return {
      start: Date.UTC(year, month, 1) / DAY_MS,
      end: Date.UTC(year, month + 1, 1) / DAY_MS,
      ...PLAIN_FLAGS,
    };
  const day = Number(m[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > MAX_DAY[month]! + (month === 1 && leap ? 1 : 0)) return null;
  const start = Date.UTC(year, month, day) / DAY_MS;
  return { start, end: start + 1, ...PLAIN_FLAGS };
}

/** A calendar date of years 0–9999 (what a timeline can place), read by the same EDTF parser as validation. */
function dateDays(d: EdtfValue | null | undefined): EdtfDays | null {
  if (d?.type !== 'Date' || d.year === undefined || d.year < 0 || d.year > 9999) return null;
  return {
    start: Math.floor(d.min / DAY_MS),
    end: Math.floor(d.max / DAY_MS) + 1,
    uncertain: (d.uncertain?.value ?? 0) !== 0,
    approximate: (d.approximate?.value ?? 0) !== 0,
    unspecified: (d.unspecified?.value ?? 0) !== 0,
  };
}

/**
 * An EDTF value as the days it may fall on: a date (YYYY, YYYY-MM, YYYY-MM-DD, with X digits and `?~%`
 * qualifiers) covers its whole extent, an interval `A/B` runs from the start of A to the end of B. Forms
 * without a closed calendar extent (open or unknown ends, seasons, sets, negative years) and invalid
 * values give null.
 */
export function edtfDays(value: string): EdtfDays | null {
  return plainInterval(value) ?? plainDays(value) ?? parsedDays(value);
}

/** An interval of two plain dates, the upper starting after the lower (else edtf decides). */
function plainInterval(value: string): EdtfDays | null {
  const slash = value.indexOf('/');
  if (slash < 0) return null;
  const from = plainDays(value.slice(0, slash));
  const to = from && plainDays(value.slice(slash + 1));
  if (!from || !to || to.start <= from.start) return null;
  return { start: from.start, end: to.end, ...PLAIN_FLAGS };
}

/** edtfDays by the EDTF parser, whatever the form (exported for the test that compares both ways). */
export function parsedDays(value: string): EdtfDays | null {
  let parsed: EdtfValue;
  try {
    parsed = edtf(value);
  } catch {
    return null;
  }
  if (parsed.type === 'Date') return dateDays(parsed);
  if (parsed.type !== 'Interval') return null;
  const from = dateDays(parsed.lower);
  const to = dateDays(parsed.upper);
  if (!from || !to) return null;
  return {
    start: from.start,
    end: to.end,
    uncertain: from.uncertain || to.uncertain,
    approximate: from.approximate || to.approximate,
    unspecified: from.unspecified || to.unspecified,
  };
}
