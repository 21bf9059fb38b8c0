import { validateAgainst } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { candidates, ev, sourceFor, TEXT } from './fixtures/candidates.js';
import { mergeDocuments, normalizeArticle } from './index.js';

describe('normalizeArticle', () => {
  const doc = normalizeArticle(sourceFor(), candidates());

  it('is valid against the extraction document schema', () => {
    expect(validateAgainst('extraction-document', doc)).toEqual([]);
  });

  it('links the gazetteer, chooses the country for a capital standing for its government', () => {
    const byName = new Map(doc.entities.map((e) => [e.name, e]));
    expect(byName.get('India')).toMatchObject({ id: 'Q668', qid: 'Q668', iso3166_1_alpha2: 'IN' });
    expect(byName.get('India')?.mentions[0]?.evidence.exact).toBe('New Delhi');
    expect(byName.get('Pakistan')).toMatchObject({ id: 'Q843', iso3166_1_alpha2: 'PK' });
    expect(byName.get('Geneva')).toMatchObject({ id: 'location:geneva', qid: null });
    expect(byName.get('Ana Ruiz')?.id).toBe('person:ana-ruiz');
  });

  it('rewrites references to stable ids and drops invalid dates', () => {
    const [meeting, leaving] = doc.events;
    expect(meeting?.participants).toEqual([
      { entity: 'Q843', role: 'actor' },
      { entity: 'Q668', role: 'target' },
    ]);
    expect(meeting?.location).toBe('location:geneva');
    expect(meeting?.summary).toBe("Pakistan's army chief met Indian officials in Geneva");
    expect(leaving?.date).toBeNull();
    expect(doc.quotes[0]?.speaker).toBe('person:ana-ruiz');
    expect(doc.relations[0]).toMatchObject({ from: meeting?.id, to: leaving?.id });
    expect(doc.quotes[0]?.id).toMatch(/^quote:[0-9a-f]{16}$/);
  });

  it('keeps evidence pointing at the unchanged source text', () => {
    const pak = doc.entities.find((e) => e.id === 'Q843');
    expect(pak?.mentions[0]?.evidence).toEqual(ev('Pakistan’s'));
  });

  it('gives the same ids whatever the order of the candidates, and is idempotent', () => {
    const c = candidates();
    const shuffled = { ...c, entities: [...c.entities].reverse(), events: [...c.events].reverse() };
    expect(normalizeArticle(sourceFor(), shuffled)).toEqual(doc);
    expect(normalizeArticle(sourceFor(), doc)).toEqual(doc);
  });

  it('keeps two acts one clause states, folds a repeat of one act, whatever their order', () => {
    const c = candidates();
    const met = c.events[0]!;
    // "met … in Geneva" read twice as a meeting and once as an agreement on the same words.
    const events = [met, { ...met, id: 'v3', type: 'AGREE' as const }, { ...met, id: 'v4' }, c.events[1]!];
    const twoActs = normalizeArticle(sourceFor(), { ...c, events });
    expect(twoActs.events.map((v) => [v.type, v.evidence[0]!.exact])).toEqual([
      ['AGREE', met.evidence[0]!.exact],
      ['CONSULT', met.evidence[0]!.exact],
      ['RETREAT', 'Ruiz later left'],
    ]);
    expect(new Set(twoActs.events.map((v) => v.id)).size).toBe(3);
    expect(normalizeArticle(sourceFor(), { ...c, events: [...events].reverse() })).toEqual(twoActs);
  });
});

describe('display names', () => {
  it('keeps the fullest name the text uses; the reference name becomes an alias and decides the id', () => {
    const text = 'Foreign Minister Khurshid Kasuri spoke.\n';
    const base = candidates().entities[3]!;
    const doc = normalizeArticle(sourceFor(text, 'a3'), {
      entities: [
        {
          ...base,
          id: 'k',
          name: 'Khurshid Kasuri',
          mentions: [{ ...base.mentions[0]!, evidence: ev('Khurshid Kasuri', text, 'a3') }],
        },
      ],
      quotes: [],
      events: [],
      relations: [],
    });
    expect(doc.entities[0]).toMatchObject({
      id: 'person:khurshid-mahmud-kasuri',
      name: 'Khurshid Kasuri',
      aliases: ['Khurshid Mahmud Kasuri'],
    });
  });
});

describe('country names', () => {
  const country = (text: string, name: string, exact: string, form: 'name' | 'metonym' = 'name') => {
    const base = candidates().entities[2]!;
    const m = { ...base.mentions[0]!, form, evidence: ev(exact, text, 'a4') };
    const doc = normalizeArticle(sourceFor(text, 'a4'), {
      entities: [{ ...base, id: 'c', name, mentions: [m] }],
      quotes: [],
      events: [],
      relations: [],
    });
    return doc.entities[0];
  };

  it("keeps the article's own full name of a country the reference names otherwise; the id stays the QID", () => {
    expect(country('Turkey sent planes.\n', 'Turkey', 'Turkey')).toMatchObject({
      id: 'Q43',
      name: 'Turkey',
      aliases: ['Türkiye'],
    });
  });

  it('names a country by the reference when the text abbreviates it or names its capital', () => {
    expect(country('The US sent planes.\n', 'US', 'US')).toMatchObject({ name: 'United States' });
    expect(country('New Delhi said no.\n', 'New Delhi', 'New Delhi', 'metonym')).toMatchObject({
      name: 'India',
    });
  });
});

describe('mergeDocuments', () => {
  const other = 'Geneva hosted talks. Ana Ruiz said nothing.\n';
  const otherDoc = normalizeArticle(sourceFor(other, 'article-2'), {
    entities: [
      {
        id: 'x1',
        type: 'location',
        name: 'Geneva',
        aliases: [],
        qid: null,
        iso3166_1_alpha2: null,
        mentions: [
          {
            id: 'm',
            form: 'name',
            evidence: ev('Geneva', other, 'article-2'),
            provenance: candidates().entities[0]!.provenance,
          },
        ],
        provenance: candidates().entities[0]!.provenance,
      },
    ],
    quotes: [],
    events: [],
    relations: [],
  });
  const doc = normalizeArticle(sourceFor(), candidates());

  it('merges the same entity across articles, in any order', () => {
    const a = mergeDocuments([doc, otherDoc]);
    const b = mergeDocuments([otherDoc, doc]);
    expect(a).toEqual(b);
    expect(
      a.entities.find((e) => e.id === 'location:geneva')?.mentions.map((m) => m.evidence.source),
    ).toEqual(['article-1', 'article-2']);
  });

  it('adding an unrelated article changes no existing id', () => {
    const alone = mergeDocuments([doc]);
    const both = mergeDocuments([doc, otherDoc]);
    const ids = (d: typeof alone) => [
      ...d.entities.map((e) => e.id),
      ...d.quotes.map((q) => q.id),
      ...d.events.map((v) => v.id),
    ];
    expect(ids(both)).toEqual(expect.arrayContaining(ids(alone)));
    expect(TEXT).toContain('Geneva');
  });
});
