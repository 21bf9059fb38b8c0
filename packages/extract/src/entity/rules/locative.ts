import type { TypeRule } from './name-facts.js';

/** An unknown name after a place preposition ("in X"): a place, but only a guess. */
export const locative: TypeRule = {
  id: 'entity/locative',
  decide: (f) => (f.context === 'location' ? { type: 'location', weak: true } : undefined),
};
