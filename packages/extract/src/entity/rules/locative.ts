import { entityWords } from '../../lexicon/load-lexicons.js';
import { isAbstractWord } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/**
 * An unknown name after a place preposition ("in X"): a place, but only a guess; not a lone word built
 * like an abstract noun ("subject to Islamophobia"), nor an institution named by its head word ("in the
 * Assembly").
 */
export const locative: TypeRule = {
  id: 'entity/locative',
  decide: (f) =>
    f.context === 'location' &&
    !(f.single && (isAbstractWord(f.first) || entityWords.standaloneInstitutions.has(f.first)))
      ? { type: 'location', weak: true }
      : undefined,
};
