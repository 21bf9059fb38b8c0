import { mergeDocuments, normalizeArticle } from '@newsfacts/normalize';
import { processArticle } from '@newsfacts/runner/process-article';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, articleText } from '../helpers/arbitraries.js';
import { params, TIMEOUT } from '../helpers/property.js';

type Span = { start: number; end: number; exact: string; prefix: string; suffix: string };

function spansOf(value: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(value)) for (const v of value) spansOf(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.exact === 'string') out.push(o as unknown as Span);
    for (const v of Object.values(o)) spansOf(v, out);
  }
  return out;
}

const extract = (text: string, id = 'a') => processArticle({ text, meta: { id } });

describe('extraction over any text (property)', () => {
  it('never throws; every span lies in the text and is exact at its code-point offsets', {
    timeout: TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(fc.oneof(articleText, anyText(400)), (text) => {
        const doc = extract(text);
        const cps = Array.from(text);
        expect(doc.source.length).toBe(cps.length);
        for (const s of spansOf(doc)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(cps.length);
          expect(s.exact).toBe(cps.slice(s.start, s.end).join(''));
          expect(s.prefix).toBe(cps.slice(Math.max(0, s.start - 32), s.start).join(''));
          expect(s.suffix).toBe(cps.slice(s.end, s.end + 32).join(''));
        }
      }),
      params(1500),
    );
  });

  it('normalizing an extracted document again changes nothing', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const doc = extract(text);
        expect(normalizeArticle(doc.source, doc)).toEqual(doc);
      }),
      params(500),
    );
  });

  it('ids do not change when unrelated articles are added', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(articleText, articleText, (a, b) => {
        const alone = mergeDocuments([extract(a, 'a')]);
        const more = mergeDocuments([extract(b, 'b'), extract(a, 'a')]);
        const ids = new Set([
          ...more.entities.flatMap((e) => [e.id, ...e.mentions.map((m) => m.id)]),
          ...more.quotes.map((q) => q.id),
          ...more.events.map((v) => v.id),
          ...more.relations.map((r) => r.id),
        ]);
        for (const e of alone.entities) {
          expect(ids.has(e.id), e.id).toBe(true);
          for (const m of e.mentions) expect(ids.has(m.id), m.id).toBe(true);
        }
        for (const r of [...alone.quotes, ...alone.events, ...alone.relations])
          expect(ids.has(r.id), r.id).toBe(true);
        expect(more.quotes.filter((q) => q.evidence.source === 'a')).toEqual(alone.quotes);
      }),
      params(300),
    );
  });
});
