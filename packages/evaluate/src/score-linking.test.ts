import { titleKey } from '@newsfacts/evidence';
import type { Entity } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import type { GoldEntity } from './gold.js';
import { scoreLinking } from './score-linking.js';

const entity = (name: string, type: Entity['type'], qid: string | null): Entity => ({
  id: `e-${name}`,
  type,
  name,
  aliases: [],
  qid,
  iso3166_1_alpha2: null,
  mentions: [],
  provenance: { method: 'extracted', rule: 'test', confidence: 1, generator: 'newsfacts@1.0.0', changes: [] },
});
const gold = (name: string, type: GoldEntity['type'], wikipedia: string | null): GoldEntity => ({
  name,
  type,
  aliases: [],
  wikipedia,
});
const LABELS: Record<string, string[]> = { Q1: ['Hernán Darío Gómez'], Q2: ['Georgia'], Q3: ['Paris'] };
const labelsOf = (qid: string) => LABELS[qid] ?? [];

describe('scoreLinking', () => {
  it('with identities, matches an entity whose QID is the gold Wikipedia title under another name', () => {
    const predicted = [entity('United States', 'location', 'Q30'), entity('Paris', 'location', 'Q2')];
    const golds = [gold('US', 'location', 'United_States'), gold('Lutetia', 'location', 'Paris')];
    const labels = (qid: string) => (qid === 'Q30' ? ['United States', 'U.S.'] : labelsOf(qid));
    const unlinked = (name: string, wikipedia: string) => ({
      article: 'a',
      type: 'location',
      name,
      wikipedia,
      extracted: false,
    });
    expect(scoreLinking('a', predicted, golds, labels)).toEqual({
      gold: 2,
      linked: 0,
      suspect: [],
      unlinked: [unlinked('US', 'United_States'), unlinked('Lutetia', 'Paris')],
    });
    // Q2's names are "Georgia", not "Paris": no identity, no match.
    expect(scoreLinking('a', predicted, golds, labels, true)).toEqual({
      gold: 2,
      linked: 1,
      suspect: [],
      unlinked: [unlinked('Lutetia', 'Paris')],
    });
  });

  it('counts gold entities with a Wikipedia title whose matched entity has a QID', () => {
    const score = scoreLinking(
      'a',
      [entity('Hernan Dario Gomez', 'person', 'Q1'), entity('Tbilisi', 'location', null)],
      [
        gold('Hernan Dario Gomez', 'person', 'Hernán_Darío_Gómez'),
        gold('Tbilisi', 'location', 'Tbilisi'),
        gold('Nick Moreau', 'person', null),
      ],
      labelsOf,
    );
    // Tbilisi is extracted without a QID; Nick Moreau has no Wikipedia identity and is not counted
    expect(score).toEqual({
      gold: 2,
      linked: 1,
      suspect: [],
      unlinked: [{ article: 'a', type: 'location', name: 'Tbilisi', wikipedia: 'Tbilisi', extracted: true }],
    });
  });

  it('lists a QID whose reference names do not match the title as suspect', () => {
    const score = scoreLinking(
      'a',
      [entity('Paris', 'location', 'Q2'), entity('Atlanta', 'location', 'Q9')],
      [gold('Paris', 'location', 'Paris'), gold('Atlanta', 'location', 'Atlanta')],
      labelsOf,
    );
    expect(score.linked).toBe(2);
    expect(score.suspect).toEqual([
      { article: 'a', name: 'Paris', qid: 'Q2', wikipedia: 'Paris', labels: ['Georgia'] },
      { article: 'a', name: 'Atlanta', qid: 'Q9', wikipedia: 'Atlanta', labels: [] },
    ]);
  });

  it('does not count a wrong-type match as linked', () => {
    const score = scoreLinking(
      'a',
      [entity('Paris', 'person', 'Q3')],
      [gold('Paris', 'location', 'Paris')],
      labelsOf,
    );
    expect(score).toEqual({
      gold: 1,
      linked: 0,
      suspect: [],
      unlinked: [{ article: 'a', type: 'location', name: 'Paris', wikipedia: 'Paris', extracted: false }],
    });
  });
});

describe('titleKey', () => {
  it('drops underscores, parenthesised qualifiers, diacritics and a leading "the"', () => {
    expect(titleKey('Victoria_(Australia)')).toBe('victoria');
    expect(titleKey('Nabil_Maâloul')).toBe(titleKey('Nabil Maaloul'));
    expect(titleKey('The_Straits_Times')).toBe('straits times');
    expect(titleKey('Washington,_D.C.')).toBe(titleKey('Washington D.C.'));
  });
});
