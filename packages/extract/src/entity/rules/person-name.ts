import { isLikelyPersonName } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/**
 * Any other name of two or more words is a person when it looks like a personal name, and otherwise not a
 * name ("Priya Raman, Health Correspondent": a phrase ending in a role).
 */
export const personName: TypeRule = {
  id: 'entity/person-name',
  decide: (f) =>
    f.single ? undefined : { type: isLikelyPersonName(f.tokens, f.a, f.b) ? 'person' : null, weak: true },
};
