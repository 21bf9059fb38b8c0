import { readFileSync } from 'node:fs';
import { mergeDocuments } from '@newsfacts/normalize';
import { bumpFor, diffReleases, summarizeDiff } from '@newsfacts/publish';
import { processArticle } from '@newsfacts/runner';
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

function sideOf(text: string) {
  const dataset = mergeDocuments([processArticle({ text, meta: { id: 'seed-like' } })]);
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
});
