import edtf from 'edtf';

// The EDTF parser is slow and news dates repeat; remembering results of this pure check cannot change
// any output. Bounded so a long-running worker does not grow without limit.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, string | null>();

function check(date: string): string | null {
  try {
    const parsed = edtf(date) as { min: number; max: number };
    return parsed.min <= parsed.max ? date : null;
  } catch {
    return null;
  }
}

const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A plain calendar date ("2007", "2007-03", "2007-03-14") as its first and last day; null when the
 * EDTF parser rejects it; undefined for anything this does not decide (seasons, qualifiers, and
 * 29 February of a common year, which the parser's grammar accepts and rolls over to 1 March).
 * Most news dates are plain; they skip the parser.
 */
function plainSpan(s: string): [string, string] | null | undefined {
  const m = PLAIN.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  const month = Number(m[2]);
  if (month > 12) return undefined;
  if (month < 1) return null;
  const last = daysIn(year, month);
  if (m[3] === undefined) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${last}`];
  const day = Number(m[3]);
  if (month === 2 && day === 29 && last === 28) return undefined;
  if (day < 1 || day > (month === 2 ? 29 : last)) return null;
  return [s, s];
}

/** The EDTF check for plain dates and intervals of plain dates; undefined for anything else. */
function checkPlain(date: string): string | null | undefined {
  const slash = date.indexOf('/');
  if (slash < 0) {
    const span = plainSpan(date);
    return span === undefined ? undefined : span && date;
  }
  const from = plainSpan(date.slice(0, slash));
  const to = plainSpan(date.slice(slash + 1));
  if (from === undefined || to === undefined) return undefined;
  if (from === null || to === null) return null;
  // the parser wants the upper bound to start after the lower one (edtf's Interval)
  return from[0] < to[0] ? date : null;
}

/** The date when it is valid EDTF with ordered interval ends, else null. */
export function checkDate(date: string | null): string | null {
  if (date === null) return null;
  const plain = checkPlain(date);
  if (plain !== undefined) return plain;
  const hit = memo.get(date);
  if (hit !== undefined) return hit;
  const result = check(date);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(date, result);
  return result;
}

/** The EDTF library's answer alone (tests compare the plain-date path with it). */
export const checkDateWithParser = check;
