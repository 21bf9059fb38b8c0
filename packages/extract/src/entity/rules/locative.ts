import { isAbstractWord } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/**
 * An unknown name after a place preposition ("in X"): a place, but only a guess; not a lone word built
 * like an abstract noun ("subject to Islamophobia").
 */
export const locative: TypeRule = {
  id: 'entity/locative',
  decide: (f) =>
    f.context === 'location' && !(f.single && isAbstractWord(f.first))
      ? { type: 'location', weak: true }
      : undefined,
};
