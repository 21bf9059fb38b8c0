import type { TypeRule } from './name-facts.js';

/** A name or alias of the gazetteer (verified identifiers) takes the gazetteer's type. */
export const gazetteer: TypeRule = {
  id: 'entity/gazetteer',
  decide: (f) => (f.gaz ? { type: f.gaz.type } : undefined),
};
