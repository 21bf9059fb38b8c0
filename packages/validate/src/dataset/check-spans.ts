import { checkEvidence } from '@newsfacts/evidence';
import type { Dataset, Evidence } from '@newsfacts/schemas';
import type { ProblemCode } from '../catalog.js';
import { makeProblem, quoteShort } from '../problem.js';
import type { DatasetContext, Kind } from './context.js';

const CODES: Record<ReturnType<typeof checkEvidence>[number], ProblemCode> = {
  'out-of-range': 'span/out-of-range',
  'text-mismatch': 'span/text-mismatch',
  'prefix-mismatch': 'span/prefix-mismatch',
  'suffix-mismatch': 'span/suffix-mismatch',
};

const FIELDS: Record<ReturnType<typeof checkEvidence>[number], string> = {
  'out-of-range': '',
  'text-mismatch': '/exact',
  'prefix-mismatch': '/prefix',
  'suffix-mismatch': '/suffix',
};

/** One evidence span: its source exists and, with the text, exact/prefix/suffix equal the text there. */
function checkSpan(
  e: Evidence,
  ctx: DatasetContext,
  kind: Kind,
  i: number,
  rest: string,
  record: string,
): void {
  const source = ctx.sources.get(e.source);
  if (!source) {
    ctx.problems.push(
      makeProblem('ref/unknown-source', ctx.locate(kind, i, `${rest}/source`, record), { id: e.source }),
    );
    return;
  }
  const params = { start: e.start, end: e.end, length: source.length };
  if (!source.text) {
    if (!(e.start >= 0 && e.end > e.start && e.end <= source.length))
      ctx.problems.push(makeProblem('span/out-of-range', ctx.locate(kind, i, rest, record), params));
    return;
  }
  const found = checkEvidence(e, source.text);
  for (const problem of found) {
    const field = FIELDS[problem];
    const expected = problem === 'text-mismatch' ? quoteShort(source.text.slice(e.start, e.end)) : undefined;
    ctx.problems.push(
      makeProblem(CODES[problem], ctx.locate(kind, i, `${rest}${field}`, record), { ...params, expected }),
    );
  }
}

/** Every evidence span of mentions, quotes, cues, events and relations. */
export function checkSpans(ds: Dataset, ctx: DatasetContext): void {
  ds.entities.forEach((entity, i) => {
    if (ctx.invalid.entities.has(i)) return;
    entity.mentions.forEach((m, j) => {
      checkSpan(m.evidence, ctx, 'entities', i, `/mentions/${j}/evidence`, m.id);
    });
  });
  ds.quotes.forEach((q, i) => {
    if (ctx.invalid.quotes.has(i)) return;
    checkSpan(q.evidence, ctx, 'quotes', i, '/evidence', q.id);
    if (q.cue) checkSpan(q.cue.evidence, ctx, 'quotes', i, '/cue/evidence', q.id);
  });
  ds.events.forEach((v, i) => {
    if (ctx.invalid.events.has(i)) return;
    v.evidence.forEach((e, j) => {
      checkSpan(e, ctx, 'events', i, `/evidence/${j}`, v.id);
    });
  });
  ds.relations.forEach((r, i) => {
    if (!ctx.invalid.relations.has(i)) checkSpan(r.evidence, ctx, 'relations', i, '/evidence', r.id);
  });
}
