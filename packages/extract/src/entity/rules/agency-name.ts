import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import { isKnownPlace } from '../candidates/analyze-run.js';
import { spanText } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/**
 * "Transport Canada", "Statistics Norway", "Police Scotland", "Maritime New Zealand", "Homes NSW": a sector's
 * word, then the name of a country or a known place, names that country's or region's public agency.
 */
export const agencyName: TypeRule = {
  id: 'entity/agency-name',
  decide: (f) =>
    !f.single &&
    entityWords.agencyFirstWords.has(f.first) &&
    isKnownPlace(spanText(f.tokens, f.a + 1, f.b)) &&
    lexicon.country(f.lower) === undefined
      ? { type: 'organization' }
      : undefined,
};
