import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import { isFollowedBySpeechVerb } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/**
 * A name ending in a place head word; a building that speaks ("the White House said") is its institution.
 * Two-word heads decide first: "Convention Centre" is a venue, "School District" a public body.
 */
export const locationHead: TypeRule = {
  id: 'entity/location-head',
  decide: (f) => {
    if (f.single) return undefined;
    const pair =
      f.b - f.a > 2 ? entityWords.headPairs.get(`${f.tokens[f.b - 2]!.lower} ${f.last}`) : undefined;
    if (pair) return { type: pair };
    if (!lexicon.locHeads.has(f.last)) return undefined;
    const speaks = entityWords.buildings.has(f.last) && isFollowedBySpeechVerb(f.tokens, f.to);
    return { type: speaks ? 'organization' : 'location' };
  },
};
