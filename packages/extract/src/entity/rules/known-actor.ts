import type { TypeRule } from './name-facts.js';

/** A known actor of the Phoenix dictionaries (data/generated/actor-names.json). */
export const knownActor: TypeRule = {
  id: 'entity/known-actor',
  decide: (f) => (f.actor ? { type: f.actor } : undefined),
};
