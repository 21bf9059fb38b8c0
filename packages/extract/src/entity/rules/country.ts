import type { TypeRule } from './name-facts.js';

/** A country name or alias of the country list. */
export const country: TypeRule = {
  id: 'entity/lexicon:country',
  decide: (f) => (f.country ? { type: 'location' } : undefined),
};
