import { indexCodePoints, sha256 } from '@newsfacts/evidence';
import type { Dataset, Texts } from '@newsfacts/schemas';
import { makeProblem } from '../problem.js';
import { type DatasetContext, idOf } from './context.js';

/**
 * Each supplied text must hash and measure as its source records; each text is indexed once. A text that
 * does not match is not used for span checks (the offsets refer to another text), so only one problem shows.
 */
export function checkSources(ds: Dataset, texts: Texts, ctx: DatasetContext, keepText = true): void {
  ds.sources.forEach((s, i) => {
    const id = idOf(s);
    if (id === null) return;
    if (ctx.invalid.sources.has(i)) {
      const length = typeof s.length === 'number' ? s.length : Number.POSITIVE_INFINITY;
      ctx.sources.set(id, { length, published: null, text: null });
      return;
    }
    const raw = texts.get(id);
    if (raw === undefined) {
      ctx.problems.push(makeProblem('source/text-missing', ctx.locate('sources', i, '', id), { id }));
      ctx.sources.set(id, { length: s.length, published: s.published, text: null });
      return;
    }
    const actual = sha256(raw);
    if (actual !== s.sha256) {
      ctx.problems.push(
        makeProblem('source/sha256-mismatch', ctx.locate('sources', i, '/sha256', id), {
          actual,
          expected: s.sha256,
        }),
      );
      ctx.sources.set(id, { length: s.length, published: s.published, text: null });
      return;
    }
    const text = indexCodePoints(raw);
    if (text.length !== s.length) {
      ctx.problems.push(
        makeProblem('source/length-mismatch', ctx.locate('sources', i, '/length', id), {
          actual: text.length,
          expected: s.length,
        }),
      );
    }
    if (keepText) ctx.sources.set(id, { length: text.length, published: s.published, text });
    else ctx.sources.set(id, { length: text.length, published: s.published, text: null, matched: true });
  });
}
