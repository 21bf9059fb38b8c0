import type { TypeRule } from './name-facts.js';

/** A name after a title or honorific is a person ("President X"). */
export const titledName: TypeRule = {
  id: 'entity/titled-name',
  decide: (f) => (f.titled ? { type: 'person' } : undefined),
};
