import { lexicon } from '../../lexicon/load-lexicons.js';
import type { TypeRule } from './name-facts.js';

/**
 * A city or region of the place list; not a lone common English word opening a sentence or headline ("Man
 * charged with murder": Man is also a town of Côte d'Ivoire), which only the words around it can make a place.
 */
export const place: TypeRule = {
  id: 'entity/lexicon:place',
  decide: (f) => {
    const key = f.lower;
    if (!lexicon.places.has(key) || (f.single && f.sentenceStart && lexicon.english.has(key)))
      return undefined;
    return { type: 'location' };
  },
};
