import { lexicon } from '../../lexicon/load-lexicons.js';
import { hasOfHead } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/** An institutional "X of Y" name, a name with a bracketed abbreviation, or one opening with an organization word. */
export const ofName: TypeRule = {
  id: 'entity/of-name',
  decide: (f) =>
    hasOfHead(f.tokens, f.a, f.b) || (!f.single && (f.acronym || lexicon.orgFirstWords.has(f.first)))
      ? { type: 'organization' }
      : undefined,
};
