import { readFileSync } from 'node:fs';
import { mergeDocuments } from '@newsfacts/normalize';
import { bumpFor, carryRedirects, diffReleases, summarizeDiff } from '@newsfacts/publish';
import { processArticle } from '@newsfacts/runner/process-article';
import { TABLE_NAMES } from '@newsfacts/schemas';
import { columnsOf, toRows } from '@newsfacts/tables';
import { describe, expect, it } from 'vitest';

const seed = readFileSync(
  new URL('../../pipelines/kashmir-backchannel/kashmir-backchannel.txt', import.meta.url),
  'utf8',
);
const columns = Object.fromEntries(TABLE_NAMES.map((t) => [t, columnsOf(t)])) as Record<
  (typeof TABLE_NAMES)[number],
  string[]
>;

const datasetOf = (text: string) => mergeDocuments([processArticle({ text, meta: { id: 'seed-like' } })]);

function sideOf(text: string, dataset = datasetOf(text)) {
  return { tables: toRows(dataset), columns, manifest: { version: '1.0.0', schema_version: '1.0.0' } };
}

describe('a release after an edit to one article', () => {
  it('is a patch when a sentence without a quote is removed (docs/release-format.md)', () => {
    const sentence = 'Such shared control is surprising.\u00a0 ';
    expect(seed).toContain(sentence);
    const diff = summarizeDiff(diffReleases(sideOf(seed), sideOf(seed.replace(sentence, ''))));
    const added = diff.tables.filter((t) => t.added > 0 && t.table !== 'event_evidence');
    expect(added.map((t) => t.table)).toEqual([]);
    expect(bumpFor('1.0.0', diff, '1.0.0')).toBe('patch');
  });

  it('redirects every span id a one-word edit changed, one hop, and stays a patch', () => {
    const before = `About 200 Pakistani troops moved closer to Kashmir last week, officials said. ${seed}`;
    const after = before.replace('200', '250');
    const [a, b] = [datasetOf(before), datasetOf(after)];
    const redirects = carryRedirects(a, b);
    const spanIds = (d: typeof a) => [
      ...d.entities.flatMap((e) => e.mentions.map((m) => m.id)),
      ...d.quotes.map((q) => q.id),
      ...d.events.map((v) => v.id),
    ];
    const live = new Set(spanIds(b));
    const lost = spanIds(a).filter((id) => !live.has(id));
    expect(lost.length).toBeGreaterThan(0);
    expect(redirects.map((r) => r.old_id).sort()).toEqual(lost.sort());
    for (const r of redirects) expect(live.has(r.new_id)).toBe(true);
    const next = { ...b, redirects };
    const diff = summarizeDiff(diffReleases(sideOf(before, a), sideOf(after, next)));
    expect(bumpFor('1.0.0', diff, '1.0.0')).toBe('patch');
  });
});
