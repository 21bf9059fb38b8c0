import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';

/** A date expression: its tokens and its EDTF value (null when it needs a publication date we lack). */
export interface DateMention {
  from: number;
  to: number;
  edtf: string | null;
  /** "since Friday": an interval up to the publication date. */
  since: boolean;
  /** The point date of a "since" expression. */
  point: string | null;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const YEAR_BEFORE = new Set([
  'the',
  'in',
  'by',
  'since',
  'from',
  'to',
  'until',
  'till',
  'during',
  'of',
  'and',
  'through',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'around',
]);
const PART_OF_YEAR: Record<string, [string, string]> = {
  early: ['01', '04'],
  mid: ['05', '08'],
  late: ['09', '12'],
};

/** Finds date expressions in tokens [from, to) and resolves them against the publication date. */
export function findDates(doc: Doc, from: number, to: number, published: string | null): DateMention[] {
  const { tokens } = doc;
  const out: DateMention[] = [];
  const pub = published ? parseIso(published) : null;
  for (let k = from; k < to; k++) {
    const found = readDate(tokens, k, to, pub);
    if (found) {
      out.push(found);
      k = Math.max(k, found.to - 1);
    }
  }
  return out;
}

const STARTERS = new Set([
  ...Object.keys(MONTHS),
  ...WEEKDAYS,
  ...Object.keys(PART_OF_YEAR),
  'from',
  'between',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'this',
  'last',
  'next',
  'earlier',
]);

function readDate(tokens: readonly Token[], k: number, end: number, pub: Date | null): DateMention | null {
  const t = tokens[k]!;
  const w = t.lower;
  if (t.kind !== 'number' && !STARTERS.has(w)) return null;
  const n1 = tokens[k + 1];
  const n2 = tokens[k + 2];
  const n3 = tokens[k + 3];
  // "from 2004 to 2007", "between 2004 and 2007"
  if (
    (w === 'from' || w === 'between') &&
    isYear(n1) &&
    (n2?.lower === 'to' || n2?.lower === 'and' || n2?.lower === 'until') &&
    isYear(n3)
  ) {
    return point(k, k + 4, `${n1!.text}/${n3!.text}`);
  }
  // "early 2007", "by early 2007"
  const part = PART_OF_YEAR[w.replace(/-$/, '')];
  if (part && isYear(n1)) return point(k, k + 2, `${n1!.text}-${part[0]}/${n1!.text}-${part[1]}`);
  // "April 7, 2005", "April 7", "April 2005"
  const month = MONTHS[w];
  if (month && t.cap && k + 1 < end) {
    if (isDay(n1)) {
      const year = isYear(n2) ? n2 : n2?.text === ',' && isYear(n3) ? n3 : undefined;
      const y = year?.text ?? (pub ? String(pub.getUTCFullYear()) : null);
      const stop = year === n2 ? k + 3 : year ? k + 4 : k + 2;
      return point(k, stop, y ? `${y}-${pad(month)}-${pad(Number(n1!.text))}` : null);
    }
    if (isYear(n1)) return point(k, k + 2, `${n1!.text}-${pad(month)}`);
    if (w.length > 3 && w !== 'may' && pub) return point(k, k + 1, `${pub.getUTCFullYear()}-${pad(month)}`);
  }
  // "7 April 2005"
  if (isDay(t) && n1 && MONTHS[n1.lower] && n1.cap && isYear(n2)) {
    return point(k, k + 3, `${n2!.text}-${pad(MONTHS[n1.lower]!)}-${pad(Number(t.text))}`);
  }
  // ISO "2005-04-07"
  if (/^\d{4}-\d{2}-\d{2}$/.test(t.text)) return point(k, k + 1, t.text);
  // bare year after a preposition
  if (isYear(t) && YEAR_BEFORE.has(tokens[k - 1]?.lower ?? '') && !isUnitAfter(n1))
    return point(k, k + 1, t.text);
  // relative expressions need the publication date
  const weekday = WEEKDAYS.indexOf(w);
  if (weekday >= 0 && t.cap) {
    const prev = tokens[k - 1]?.lower ?? '';
    const future = prev === 'next' || prev === 'coming';
    const stop = /^(night|morning|evening|afternoon)$/.test(n1?.lower ?? '') ? k + 2 : k + 1;
    const start = /^(on|last|next|this|since|late|early)$/.test(prev) ? k - 1 : k;
    const day = pub ? shiftToWeekday(pub, weekday, future, prev === 'last') : null;
    if (prev === 'since') return since(start, stop, day, pub);
    return point(start, stop, day ? iso(day) : null);
  }
  if (w === 'today' || w === 'tonight') return point(k, k + 1, pub ? iso(pub) : null);
  if (w === 'yesterday') return point(k, k + 1, pub ? iso(addDays(pub, -1)) : null);
  if (w === 'tomorrow') return point(k, k + 1, pub ? iso(addDays(pub, 1)) : null);
  if (w === 'this' && /^(morning|afternoon|evening)$/.test(n1?.lower ?? ''))
    return point(k, k + 2, pub ? iso(pub) : null);
  if ((w === 'last' || w === 'this' || w === 'next') && /^(week|month|year)$/.test(n1?.lower ?? '')) {
    const unit = n1!.lower.replace(/'s$/, '');
    return point(k, k + 2, pub ? relativeUnit(pub, w, unit) : null);
  }
  if (w === 'earlier' && n1?.lower === 'this' && /^(week|month|year)$/.test(n2?.lower ?? '')) {
    if (!pub) return point(k, k + 3, null);
    const startOf =
      n2!.lower === 'week'
        ? addDays(pub, -((pub.getUTCDay() + 6) % 7))
        : n2!.lower === 'month'
          ? new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), 1))
          : new Date(Date.UTC(pub.getUTCFullYear(), 0, 1));
    const dayBefore = addDays(pub, -1);
    if (dayBefore < startOf) return point(k, k + 3, iso(startOf));
    return point(
      k,
      k + 3,
      iso(startOf) === iso(dayBefore) ? iso(startOf) : `${iso(startOf)}/${iso(dayBefore)}`,
    );
  }
  return null;
}

function point(from: number, to: number, edtf: string | null): DateMention {
  return { from, to, edtf, since: false, point: edtf };
}

function since(from: number, to: number, day: Date | null, pub: Date | null): DateMention {
  if (!day || !pub) return { from, to, edtf: null, since: true, point: null };
  const a = iso(day);
  const b = iso(pub);
  return { from, to, edtf: a === b ? a : `${a}/${b}`, since: true, point: a };
}

function relativeUnit(pub: Date, which: string, unit: string): string {
  const y = pub.getUTCFullYear();
  const m = pub.getUTCMonth();
  const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'year') return String(y + step);
  if (unit === 'month') {
    const d = new Date(Date.UTC(y, m + step, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  const monday = addDays(pub, -((pub.getUTCDay() + 6) % 7) + 7 * step);
  return `${iso(monday)}/${iso(addDays(monday, 6))}`;
}

function shiftToWeekday(pub: Date, weekday: number, future: boolean, last: boolean): Date {
  const delta = (pub.getUTCDay() - weekday + 7) % 7;
  if (future) return addDays(pub, delta === 0 ? 7 : 7 - delta);
  if (last && delta === 0) return addDays(pub, -7);
  return addDays(pub, -delta);
}

function isYear(t: Token | undefined): boolean {
  if (t?.kind !== 'number' || !/^\d{4}$/.test(t.text)) return false;
  const y = Number(t.text);
  return y >= 1800 && y <= 2100;
}

function isDay(t: Token | undefined): boolean {
  if (t?.kind !== 'number' || !/^\d{1,2}$/.test(t.text)) return false;
  const d = Number(t.text);
  return d >= 1 && d <= 31;
}

function isUnitAfter(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    /^(people|troops|soldiers|police|dead|killed|men|women|years|km|miles|metres|meters|feet)$/.test(t.lower)
  );
}

function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

export function iso(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Words that place an event vaguely in the past without a date ("recently"). */
export function isVagueTime(t: Token): boolean {
  return /^(recently|previously|formerly|ago)$/.test(t.lower);
}
