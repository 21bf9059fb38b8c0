import type { TypeRule } from './name-facts.js';

/**
 * A single word that is a surname of the Phoenix dictionaries' people is a person: "Putin offered to
 * negotiate", "said Merkel" (lexicon.actorSurnames; asked after the context rules, so "an analyst at X" stays
 * an organization, and after the lists of places).
 */
export const knownSurname: TypeRule = {
  id: 'entity/known-surname',
  decide: (f) => (f.surname ? { type: 'person' } : undefined),
};
