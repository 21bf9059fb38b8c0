import { readFileSync } from 'node:fs';
import type { ExtractionDocument } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { processArticle } from './process-article.js';

const seed = readFileSync(
  new URL('../../../../pipelines/kashmir-backchannel/kashmir-backchannel.txt', import.meta.url),
  'utf8',
);
// A seed-like article whose first sentence holds a number, so editing it shifts every later offset.
const before = `About 200 Pakistani troops moved closer to Kashmir last week, officials said. ${seed}`;
const after = before.replace('200', '250');
const meta = { id: 'seed-like' };

function spanRecordIds(doc: ExtractionDocument): string[] {
  return [
    ...doc.entities.flatMap((e) => e.mentions.map((m) => m.id)),
    ...doc.quotes.map((q) => q.id),
    ...doc.events.map((v) => v.id),
  ];
}

describe('ids anchored on a record’s own words', () => {
  const old = processArticle({ text: before, meta });
  const edited = processArticle({ text: after, meta });

  it('keeps at least 90% of mention, quote and event ids after a one-word edit elsewhere', () => {
    const oldIds = spanRecordIds(old);
    const kept = new Set(spanRecordIds(edited));
    expect(oldIds.length).toBeGreaterThan(20);
    expect(oldIds.filter((id) => kept.has(id)).length / oldIds.length).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps a quote id unless the edit is inside the quote', () => {
    const newIds = new Set(edited.quotes.map((q) => q.id));
    const [touched, untouched] = [true, false].map((has) =>
      old.quotes.filter((q) => /\b200\b/u.test(q.evidence.exact) === has),
    );
    expect(touched).toHaveLength(1);
    expect(newIds.has(touched![0]!.id)).toBe(false);
    expect(untouched!.every((q) => newIds.has(q.id))).toBe(true);
  });

  it('gives every span record a distinct id', () => {
    const ids = spanRecordIds(edited);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
