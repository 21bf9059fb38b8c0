import {
  buildGazetteer,
  defaultGazetteer,
  type GazetteerEntry,
  linkingGazetteer,
} from '@newsfacts/gazetteer';
import type { Entity } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import type { Candidates } from './candidates.js';
import { ev, sourceFor } from './fixtures/candidates.js';
import { normalizeArticle } from './index.js';
import { articleCountry } from './link-entity.js';

const P = {
  method: 'extracted',
  rule: 'test',
  confidence: 0.8,
  generator: 'newsfacts@1.0.0',
  changes: [],
} as const;

/** Candidates naming each place of `places` at every place the text writes it. */
function placesIn(text: string, places: string[]): Candidates {
  const entities: Entity[] = places.map((name, i) => {
    const count = text.split(name).length - 1;
    return {
      id: `e${i}`,
      type: 'location',
      name,
      aliases: [],
      qid: null,
      iso3166_1_alpha2: null,
      mentions: Array.from({ length: count }, (_, k) => ({
        id: `e${i}m${k}`,
        form: 'name' as const,
        evidence: ev(name, text, 'article-1', k + 1),
        provenance: { ...P, changes: [] },
      })),
      provenance: { ...P, changes: [] },
    };
  });
  return { entities, quotes: [], events: [], relations: [] };
}

/** The QID each place of the text gets once the article is normalized. */
function qids(text: string, places: string[], gazetteer = linkingGazetteer()): Record<string, string | null> {
  const doc = normalizeArticle(sourceFor(text), placesIn(text, places), { gazetteer });
  return Object.fromEntries(
    places.map((p) => [
      p,
      doc.entities.find((e) => e.mentions.some((m) => m.evidence.exact === p))?.qid ?? null,
    ]),
  );
}

const VICTORIA_AU = 'Q36687';

describe('a place name shared across countries, linked by the article’s own country', () => {
  it('links "Victoria" in a text about Australia to the Australian state', () => {
    const text =
      'Floods hit Queensland and Victoria on Monday. Australia sent troops to Queensland, and Tasmania offered help.\n';
    expect(qids(text, ['Queensland', 'Victoria', 'Australia', 'Tasmania'])).toEqual({
      Queensland: 'Q36074',
      Victoria: VICTORIA_AU,
      Australia: 'Q408',
      Tasmania: 'Q34366',
    });
  });

  it('leaves "Victoria" unlinked in a Canadian text: the Canadian Victoria is a city the data gives no QID', () => {
    const text = 'Victoria is the capital of British Columbia. Toronto and Canada watched Victoria.\n';
    expect(qids(text, ['Victoria', 'British Columbia', 'Toronto', 'Canada'])).toMatchObject({
      Victoria: null,
      'British Columbia': 'Q1974',
      Toronto: 'Q172',
    });
  });

  it('links a shared name to the region of the article’s country only: Ontario in Canada', () => {
    // Ontario, California (a city of 175,000) shares the name; the province is Canada's.
    const text = 'Toronto is the capital of Ontario. Canada and British Columbia agreed.\n';
    expect(qids(text, ['Toronto', 'Ontario', 'Canada', 'British Columbia']).Ontario).toBe('Q1904');
    expect(
      qids('Ontario police spoke in Texas and Ohio.\n', ['Ontario', 'Texas', 'Ohio']).Ontario,
    ).toBeNull();
  });

  it('picks among regions of one name by the country: Punjab in India, Punjab in Pakistan', () => {
    expect(qids('Punjab and Haryana voted. India counted.\n', ['Punjab', 'Haryana', 'India']).Punjab).toBe(
      'Q22424',
    );
    expect(qids('Punjab and Sindh voted. Pakistan counted.\n', ['Punjab', 'Sindh', 'Pakistan']).Punjab).toBe(
      'Q4478',
    );
  });

  it('leaves it unlinked when two countries tie, or the text names no country', () => {
    expect(
      qids('Victoria sent help to Australia and Canada.\n', ['Victoria', 'Australia', 'Canada']).Victoria,
    ).toBeNull();
    expect(qids('Victoria was cold on Monday.\n', ['Victoria']).Victoria).toBeNull();
  });

  it('leaves it unlinked when another place of the name lies in the article’s country', () => {
    const victoria = defaultGazetteer().shared('Victoria')[0]!;
    const withUs: GazetteerEntry = { ...victoria, sharedWith: [...(victoria.sharedWith ?? []), 'AU'] };
    const g = buildGazetteer(linkingGazetteer().entries, [withUs]);
    const text = 'Floods hit Queensland and Victoria. Australia sent troops to Queensland.\n';
    expect(qids(text, ['Queensland', 'Victoria', 'Australia'], g).Victoria).toBeNull();
  });
});

describe('articleCountry', () => {
  const place = (country: string, mentions: number, qid: string | null = 'Q1') => ({
    link: { qid, country },
    mentions,
  });

  it('is the country with strictly the most mentions of linked places', () => {
    expect(articleCountry([place('AU', 2), place('CA', 1), place('AU', 1)])).toBe('AU');
    expect(articleCountry([place('AU', 2), place('CA', 3)])).toBe('CA');
  });

  it('is null on a tie, without linked places, or for places without a QID', () => {
    expect(articleCountry([place('AU', 2), place('CA', 2)])).toBeNull();
    expect(articleCountry([])).toBeNull();
    expect(articleCountry([place('AU', 5, null)])).toBeNull();
    expect(articleCountry([place('AU', 2), place('CA', 2), place('US', 1)])).toBeNull();
  });
});
