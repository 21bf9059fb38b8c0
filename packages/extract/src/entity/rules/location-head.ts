import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import { isFollowedBySpeechVerb } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/** A name ending in a place head word; a building that speaks ("the White House said") is its institution. */
export const locationHead: TypeRule = {
  id: 'entity/location-head',
  decide: (f) => {
    if (f.single || !lexicon.locHeads.has(f.last)) return undefined;
    const speaks = entityWords.buildings.has(f.last) && isFollowedBySpeechVerb(f.tokens, f.to);
    return { type: speaks ? 'organization' : 'location' };
  },
};
