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
