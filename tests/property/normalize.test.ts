import { cleanName, cleanText, slugify } from '@newsfacts/evidence';
import { buildSource, mergeDocuments, normalizeArticle } from '@newsfacts/normalize';
import type { ExtractionDocument } from '@newsfacts/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, articleText } from '../helpers/arbitraries.js';
import { params, TIMEOUT } from '../helpers/property.js';
import { planArb, syntheticCandidates } from '../helpers/synthetic-candidates.js';

function ids(d: {
  entities: { id: string; mentions: { id: string }[] }[];
  quotes: { id: string }[];
  events: { id: string }[];
}) {
  return [
    ...d.entities.flatMap((e) => [e.id, ...e.mentions.map((m) => m.id)]),
    ...d.quotes.map((q) => q.id),
    ...d.events.map((v) => v.id),
  ];
}

const docArb = (id: string) =>
  fc
    .tuple(
      articleText.filter((t) => t.length > 0),
      planArb,
    )
    .map(([text, plan]): ExtractionDocument => {
      const source = buildSource({ id }, text);
      return normalizeArticle(source, syntheticCandidates(id, text, plan));
    });

/** Names made of the characters cleanName trims: quotes, dots, possessives, spaces. */
const punctuated = fc.string({
  unit: fc.constantFrom('a', 'U', 'S', 's', "'", '’', '.', ',', '"', '“', ' ', '\u00a0', '(', ')', 'e\u0301'),
  maxLength: 12,
});

describe('normalization (property)', () => {
  it('cleaning text and names is idempotent', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(anyText(80), punctuated), (s) => {
        expect(cleanText(cleanText(s))).toBe(cleanText(s));
        expect(cleanName(cleanName(s))).toBe(cleanName(s));
        expect(slugify(slugify(s))).toBe(slugify(s));
      }),
      params(2000),
    );
  });

  it('normalizing an already normalized document changes nothing', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(docArb('a'), (doc) => {
        expect(normalizeArticle(doc.source, doc)).toEqual(doc);
      }),
      params(500),
    );
  });

  it('ids do not change when unrelated articles are added, in any order', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(docArb('a'), docArb('b'), docArb('c'), (a, b, c) => {
        const alone = mergeDocuments([a]);
        const more = mergeDocuments([b, a, c]);
        const after = new Set(ids(more));
        for (const id of ids(alone)) expect(after.has(id), id).toBe(true);
        // The records of article a that no other article touches are the same records.
        expect(more.quotes.filter((q) => q.evidence.source === 'a')).toEqual(alone.quotes);
        expect(more.events.filter((v) => v.evidence[0]?.source === 'a')).toEqual(alone.events);
        expect(mergeDocuments([c, b, a])).toEqual(more);
      }),
      params(300),
    );
  });
});
