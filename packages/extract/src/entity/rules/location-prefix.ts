import { lexicon } from '../../lexicon/load-lexicons.js';
import type { TypeRule } from './name-facts.js';

/**
 * A name of two or more words opening with a place word or a compass word ("North Zorbland"), or with a
 * Spanish or French article written with one capital before no known place ("La Digue", "El Geneina"; not
 * "LA Sheriff", "Los Angeles Sheriff").
 */
export const locationPrefix: TypeRule = {
  id: 'entity/location-prefix',
  decide: (f) =>
    !f.single &&
    (lexicon.locFirstWords.has(f.first) || lexicon.compass.has(f.first) || opensWithPlaceArticle(f))
      ? { type: 'location' }
      : undefined,
};

function opensWithPlaceArticle({ tokens, a, first }: Parameters<typeof locationPrefix.decide>[0]): boolean {
  if (!lexicon.placeArticles.has(first) || tokens[a]!.text === tokens[a]!.text.toUpperCase()) return false;
  return !lexicon.places.has(`${first} ${tokens[a + 1]!.lower}`);
}
