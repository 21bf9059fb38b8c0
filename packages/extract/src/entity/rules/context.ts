import { isOriginAfter } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/**
 * The words around the name give it a type other than place ("an analyst at X"), or a place for sure: "the
 * Maia-based company" (a guess of place after "in" is left to entity/locative, after the name lists).
 */
export const context: TypeRule = {
  id: 'entity/context',
  decide: (f) =>
    f.context && (f.context !== 'location' || isOriginAfter(f.tokens, f.b)) ? { type: f.context } : undefined,
};
