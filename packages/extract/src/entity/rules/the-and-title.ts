import { isTheAndTitle } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/** "told The Globe and Mail": "X and Y" after a capitalized "The" inside a sentence is a publication's title. */
export const theAndTitle: TypeRule = {
  id: 'entity/the-and-title',
  decide: (f) =>
    f.b - f.a === 3 && isTheAndTitle(f.tokens, f.a - 1, f.a + 1, f.to) ? { type: 'organization' } : undefined,
};
