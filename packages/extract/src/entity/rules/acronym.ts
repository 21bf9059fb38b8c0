import { isAcronym } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/** A lone abbreviation in capitals is taken for an organization. */
export const acronym: TypeRule = {
  id: 'entity/acronym',
  decide: (f) => (isAcronym(f.tokens[f.a]!.text) ? { type: 'organization' } : undefined),
};
