import type { Dataset } from '@newsfacts/schemas';
import edtf from 'edtf';
import { makeProblem } from '../problem.js';
import type { DatasetContext } from './context.js';

export type Parsed = { ok: true; min: number } | { ok: false; reason: 'invalid' | 'order' };

// Calendar dates of 4-digit years from 1000 (YYYY, YYYY-MM, YYYY-MM-DD), alone or as the two ends of an
// interval: nearly all dates in the data. The EDTF parser builds a new parser per call, so these are read
// here instead, with the same results: `min` is the UTC start of the first end, and edtf refuses an
// interval whose upper end does not start after its lower end. Like edtf's grammar, February takes a 29th
// in any year (2023-02-29 starts on March 1, as Date.UTC gives) but no 30th, and 30-day months no 31st.
// Years before 1000 (Date.UTC maps 0-99 to the 1900s) and every other shape go to edtf;
// check-dates.test.ts compares both ways on many inputs.
const SIMPLE = /^([1-9]\d{3})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function simpleMin(date: string): number | null {
  const m = SIMPLE.exec(date);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) : 1;
  if (day > MAX_DAY[month]!) return null;
  return Date.UTC(Number(m[1]), month, day);
}

function parseSimple(date: string): Parsed | null {
  const slash = date.indexOf('/');
  if (slash < 0) {
    const min = simpleMin(date);
    return min === null ? null : { ok: true, min };
  }
  const lower = simpleMin(date.slice(0, slash));
  const upper = lower === null ? null : simpleMin(date.slice(slash + 1));
  if (lower === null || upper === null) return null;
  return upper > lower ? { ok: true, min: lower } : { ok: false, reason: 'order' };
}

/** Exported for the test that compares the fast path with the EDTF parser. */
export function parseWithEdtf(date: string): Parsed {
  try {
    return { ok: true, min: edtf(date).min };
  } catch {
    // edtf refuses reversed intervals; tell them apart from dates that do not parse at all.
    const ends = date.split('/');
    if (ends.length === 2 && ends.every((end) => end === '..' || end === '' || parses(end)))
      return { ok: false, reason: 'order' };
    return { ok: false, reason: 'invalid' };
  }
}

function parses(date: string): boolean {
  try {
    edtf(date);
    return true;
  } catch {
    return false;
  }
}

// The EDTF parser is slow and dates repeat across records and across validations of the same data
// (before publishing, then the written folder): remember its results, bounded. Simple dates skip both.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, Parsed>();

export function parseDate(date: string): Parsed {
  const simple = parseSimple(date);
  if (simple) return simple;
  let parsed = memo.get(date);
  if (!parsed) {
    parsed = parseWithEdtf(date);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(date, parsed);
  }
  return parsed;
}

const ALLOWED_AFTER_PUBLICATION = new Set(['planned', 'hypothetical']);

/** EDTF dates parse and intervals are ordered; events after publication must be planned or hypothetical. */
export function checkDates(ds: Dataset, ctx: DatasetContext): void {
  const endOfDay = new Map<string, number>(); // per publication date
  for (let i = 0; i < ds.events.length; i++) {
    const v = ds.events[i]!;
    if (ctx.invalid.events.has(i) || v.date === null) continue;
    const parsed = parseDate(v.date);
    if (!parsed.ok) {
      const code = parsed.reason === 'order' ? 'date/range-order' : 'date/invalid-edtf';
      ctx.problems.push(makeProblem(code, ctx.locate('events', i, '/date', v.id), { date: v.date }));
      continue;
    }
    const published = ctx.sources.get(v.evidence[0]?.source ?? '')?.published;
    if (!published || ALLOWED_AFTER_PUBLICATION.has(v.modality)) continue;
    let end = endOfDay.get(published);
    if (end === undefined) {
      end = Date.parse(`${published}T23:59:59.999Z`);
      endOfDay.set(published, end);
    }
    if (parsed.min > end)
      ctx.problems.push(
        makeProblem('date/after-publication', ctx.locate('events', i, '/date', v.id), {
          date: v.date,
          published,
          modality: v.modality,
        }),
      );
  }
}
