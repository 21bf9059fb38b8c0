import type { Dataset } from '@newsfacts/schemas';
import edtf from 'edtf';
import { makeProblem } from '../problem.js';
import type { DatasetContext } from './context.js';

type Parsed = { ok: true; min: number } | { ok: false; reason: 'invalid' | 'order' };

function parseOnce(date: string): Parsed {
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
// (before publishing, then the written folder): remember results of this pure parse, bounded.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, Parsed>();

function parseMemo(date: string): Parsed {
  let parsed = memo.get(date);
  if (!parsed) {
    parsed = parseOnce(date);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(date, parsed);
  }
  return parsed;
}

const ALLOWED_AFTER_PUBLICATION = new Set(['planned', 'hypothetical']);

/** EDTF dates parse and intervals are ordered; events after publication must be planned or hypothetical. */
export function checkDates(ds: Dataset, ctx: DatasetContext): void {
  ds.events.forEach((v, i) => {
    if (ctx.invalid.events.has(i) || v.date === null) return;
    const parsed = parseMemo(v.date);
    const at = () => ctx.locate('events', i, '/date', v.id);
    if (!parsed.ok) {
      const code = parsed.reason === 'order' ? 'date/range-order' : 'date/invalid-edtf';
      ctx.problems.push(makeProblem(code, at(), { date: v.date }));
      return;
    }
    const published = ctx.sources.get(v.evidence[0]?.source ?? '')?.published;
    if (!published || ALLOWED_AFTER_PUBLICATION.has(v.modality)) return;
    const endOfDay = Date.parse(`${published}T23:59:59.999Z`);
    if (parsed.min > endOfDay)
      ctx.problems.push(
        makeProblem('date/after-publication', at(), { date: v.date, published, modality: v.modality }),
      );
  });
}
