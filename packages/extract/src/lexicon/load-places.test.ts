import { describe, expect, it } from 'vitest';
import { lexicon } from './load-lexicons.js';

describe('place lookups (from @newsfacts/gazetteer)', () => {
  it('finds countries by any name, with their ISO code and capitals', () => {
    expect(lexicon.country('united states')).toMatchObject({ name: 'United States', iso: 'US' });
    expect(lexicon.country('The Netherlands')?.iso).toBe('NL');
    expect(lexicon.country('britain')?.name).toBe('United Kingdom');
    expect(lexicon.country('narnia')).toBeUndefined();
    expect(lexicon.capitalFor('Kenya')).toBe('Nairobi');
    expect(lexicon.capitalOf('Kyiv')).toBe('Ukraine');
    expect(lexicon.capitalOf('Kiev')).toBe('Ukraine');
  });

  it('reads demonyms, including the hand-written regional ones', () => {
    expect(lexicon.demonym('Kenyans')).toBe('Kenya');
    expect(lexicon.demonym('Swedes')).toBe('Sweden');
    expect(lexicon.demonym('Kashmiri')).toBe('Kashmir');
    expect(lexicon.demonym('Table')).toBeUndefined();
  });

  it('knows large cities and hand-listed regions, but not cities named like a person or a common word', () => {
    for (const p of ['toronto', 'sochi', 'mexico city', 'middle east', 'north america'])
      expect(lexicon.places.has(p)).toBe(true);
    // Victoria (Canada), Austin (Texas) and Most (Czechia) are large cities, but in news these words
    // are more often a given name or a common word.
    for (const p of ['victoria', 'austin', 'most']) expect(lexicon.places.has(p)).toBe(false);
  });
});
