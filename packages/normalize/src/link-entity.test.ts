import { defaultGazetteer } from '@newsfacts/gazetteer';
import { describe, expect, it } from 'vitest';
import { linkEntity } from './link-entity.js';

const link = (
  type: 'person' | 'organization' | 'location',
  name: string,
  form: 'name' | 'metonym' = 'name',
) => linkEntity({ type, name, aliases: [], mentions: [{ form } as never] }, defaultGazetteer());

describe('linkEntity', () => {
  it('links any country by a name news uses for it, with its QID and ISO code', () => {
    expect(link('location', 'Kenya')).toMatchObject({ name: 'Kenya', qid: 'Q114', iso3166_1_alpha2: 'KE' });
    expect(link('location', 'UK').qid).toBe('Q145');
    expect(link('location', 'North America')).toMatchObject({ qid: 'Q49', iso3166_1_alpha2: null });
  });

  it('reads a capital standing for its government as the country', () => {
    expect(link('location', 'Nairobi', 'metonym')).toMatchObject({ name: 'Kenya', qid: 'Q114' });
    expect(link('location', 'Nairobi')).toMatchObject({ name: 'Nairobi', qid: null });
  });

  it('never gives a place to an organization or a person: "Sweden" the football team is not the country', () => {
    expect(link('organization', 'Sweden')).toMatchObject({ type: 'organization', name: 'Sweden', qid: null });
    expect(link('person', 'Georgia')).toMatchObject({ type: 'person', qid: null });
  });
});
