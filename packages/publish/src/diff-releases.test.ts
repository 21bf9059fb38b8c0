import { toRows } from '@newsfacts/tables';
import { describe, expect, it } from 'vitest';
import { currentColumns } from './build-release-files.js';
import { makeCorpus } from './fixtures/make-corpus.js';
import { bumpFor, decideVersion, diffReleases, ReleaseError, summarizeDiff } from './index.js';
import { renderChangelog } from './render-changelog.js';

const side = (opts: Parameters<typeof makeCorpus>[0], version = '1.0.0') => ({
  tables: toRows(makeCorpus(opts).dataset),
  columns: currentColumns(),
  manifest: { version, schema_version: '1.0.0' },
});

describe('diffReleases', () => {
  it('finds added, removed and changed records by primary key', () => {
    const a = side({ articles: 2 });
    const b = side({ articles: 3, corrected: [1] });
    const diff = diffReleases(a, b);
    const quotes = diff.tables.find((t) => t.table === 'quotes')!;
    expect(quotes.added).toEqual(['quote:3']);
    expect(quotes.removed).toEqual([]);
    expect(quotes.changed).toHaveLength(1);
    // a longer quote moves its end and the cue after it
    expect(quotes.changed[0]).toMatchObject({
      key: 'quote:1',
      fields: ['text', 'end', 'exact', 'cue_start', 'cue_end'],
      before: { text: '=Talks 1 went well,' },
      after: { text: '=Talks 1 went badly,' },
    });
    const participants = diff.tables.find((t) => t.table === 'event_participants')!;
    expect(participants.added).toEqual([
      'event:3-left person:max-park3 actor',
      'event:3-met person:jane-roe actor',
    ]);
    expect(diffReleases(b, a).tables.find((t) => t.table === 'sources')!.removed).toEqual(['article-3']);
    expect(diff.from).toBe('1.0.0');
  });

  it('reports columns added or removed', () => {
    const a = side({ articles: 1 });
    const b = side({ articles: 1 });
    b.columns = { ...b.columns, quotes: [...b.columns.quotes, 'mood'] };
    const diff = diffReleases(a, b);
    expect(diff.tables.find((t) => t.table === 'quotes')).toMatchObject({
      fieldsAdded: ['mood'],
      changed: [],
    });
    expect(diffReleases(b, a).tables.find((t) => t.table === 'quotes')!.fieldsRemoved).toEqual(['mood']);
  });
});

describe('decideVersion', () => {
  const a = side({ articles: 2 });
  it('starts at 1.0.0 and bumps by the kind of change', () => {
    expect(decideVersion(null, summarizeDiff(diffReleases(null, a)), '1.0.0')).toBe('1.0.0');
    expect(decideVersion(a, summarizeDiff(diffReleases(a, side({ articles: 3 }))), '1.0.0')).toBe('1.1.0');
    expect(
      decideVersion(a, summarizeDiff(diffReleases(a, side({ articles: 2, corrected: [2] }))), '1.0.0'),
    ).toBe('1.0.1');
    expect(decideVersion(a, summarizeDiff(diffReleases(a, side({ articles: 1 }))), '1.0.0')).toBe('1.0.1');
    expect(decideVersion(a, summarizeDiff(diffReleases(a, a)), '2.0.0')).toBe('2.0.0');
    expect(bumpFor('1.0.0', summarizeDiff(diffReleases(a, a)), '1.0.0')).toBe('patch');
  });

  it('accepts an explicit version only when it is higher and does not understate the change', () => {
    const grown = summarizeDiff(diffReleases(a, side({ articles: 3 })));
    expect(decideVersion(a, grown, '1.0.0', '3.0.0')).toBe('3.0.0');
    expect(() => decideVersion(a, grown, '1.0.0', '1.0.0')).toThrow(ReleaseError);
    expect(() => decideVersion(a, grown, '1.0.0', '0.9.0')).toThrow(/^release\/version-not-higher: /);
    expect(() => decideVersion(a, grown, '1.0.0', '1.0.5')).toThrow(/^release\/version-too-low: /);
    expect(() => decideVersion(a, grown, '1.0.0', '1.1')).toThrow(/^release\/invalid-version: /);
  });
});

describe('CHANGELOG lines', () => {
  it('show each added or removed record’s own words beside its id', () => {
    const two = side({ articles: 2 });
    const three = side({ articles: 3 });
    const added = renderChangelog('Talks', '1.1.0', diffReleases(two, three), []);
    expect(added).toMatch(/## quotes\n\n- Added \(1\):\n {2}- `quote:3` “=Talks 3 went well,”/u);
    const removed = renderChangelog('Talks', '1.0.1', diffReleases(three, two), []);
    expect(removed).toMatch(/- Removed \(1\):\n {2}- `quote:3` “=Talks 3 went well,”/u);
  });
});
