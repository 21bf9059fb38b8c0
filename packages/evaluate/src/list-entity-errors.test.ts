import type { Entity } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { listEntityErrors } from './list-entity-errors.js';

const entity = (name: string, type: Entity['type']): Entity => ({
  id: `e-${name}`,
  type,
  name,
  aliases: [],
  qid: null,
  iso3166_1_alpha2: null,
  mentions: [],
  provenance: { method: 'extracted', rule: 'test', confidence: 1, generator: 'newsfacts@1.0.0', changes: [] },
});

describe('listEntityErrors', () => {
  it('lists unmatched extracted and gold entities, with the other side type when only the type is wrong', () => {
    const errors = listEntityErrors(
      '03',
      [entity('Google', 'location'), entity('Barack Obama', 'person'), entity('Recent', 'person')],
      [
        { name: 'Barack Obama', type: 'person', aliases: ['Obama'] },
        { name: 'Google', type: 'organization', aliases: [] },
        { name: 'Irving', type: 'location', aliases: [] },
      ],
    );
    expect(errors.falsePositives).toEqual([
      { article: '03', name: 'Google', type: 'location', otherType: 'organization' },
      { article: '03', name: 'Recent', type: 'person', otherType: null },
    ]);
    expect(errors.falseNegatives).toEqual([
      { article: '03', name: 'Google', type: 'organization', otherType: 'location' },
      { article: '03', name: 'Irving', type: 'location', otherType: null },
    ]);
  });
});
