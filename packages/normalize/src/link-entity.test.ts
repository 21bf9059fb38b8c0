import { defaultGazetteer, linkingGazetteer } from '@newsfacts/gazetteer';
import { describe, expect, it } from 'vitest';
import { linkEntity } from './link-entity.js';

const link = (
  type: 'person' | 'organization' | 'location',
  name: string,
  form: 'name' | 'metonym' = 'name',
) =>
  linkEntity(
    { type, name, aliases: [], mentions: [{ form, evidence: { exact: name } } as never] },
    defaultGazetteer(),
  );

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

  it('links organizations and cities of the linking gazetteer only to an entity of the same type', () => {
    const links = (type: 'person' | 'organization' | 'location', name: string) =>
      linkEntity(
        { type, name, aliases: [], mentions: [{ form: 'name', evidence: { exact: name } } as never] },
        linkingGazetteer(),
      );
    expect(links('organization', 'Microsoft')).toMatchObject({ type: 'organization', qid: 'Q2283' });
    expect(links('location', 'Genova')).toMatchObject({ name: 'Genoa', qid: 'Q1449' });
    // A person named like a company, a company named like a city in NSI: no link, type kept.
    expect(links('person', 'Microsoft')).toMatchObject({ type: 'person', qid: null });
    expect(links('organization', 'Toronto')).toMatchObject({ type: 'organization', qid: null });
    // London, Ontario is in NSI, London, England is forty times larger: no link rather than a guess.
    expect(links('location', 'London').qid).toBeNull();
  });

  it('looks up the words a name mention quotes when the name lost a full stop', () => {
    // "… in Washington D.C. The team …": the name is "Washington D.C", the mention quotes "Washington D.C.".
    const mention = { form: 'name', evidence: { exact: 'Washington D.C.' } } as never;
    const entity = { type: 'location' as const, name: 'Washington D.C', aliases: [], mentions: [mention] };
    expect(linkEntity(entity, linkingGazetteer())).toMatchObject({ name: 'Washington, D.C.', qid: 'Q61' });
  });
});
