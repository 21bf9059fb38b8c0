import { lexicon } from '../../lexicon/load-lexicons.js';
import type { TypeRule } from './name-facts.js';

/** A city or region of the place list. */
export const place: TypeRule = {
  id: 'entity/lexicon:place',
  decide: (f) => (lexicon.places.has(f.core.toLowerCase()) ? { type: 'location' } : undefined),
};
