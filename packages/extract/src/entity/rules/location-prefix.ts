import { lexicon } from '../../lexicon/load-lexicons.js';
import type { TypeRule } from './name-facts.js';

/** A name of two or more words opening with a place word or a compass word ("North Zorbland"). */
export const locationPrefix: TypeRule = {
  id: 'entity/location-prefix',
  decide: (f) =>
    !f.single && (lexicon.locFirstWords.has(f.first) || lexicon.compass.has(f.first))
      ? { type: 'location' }
      : undefined,
};
