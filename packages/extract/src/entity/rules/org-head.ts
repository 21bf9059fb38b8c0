import { lexicon } from '../../lexicon/load-lexicons.js';
import type { TypeRule } from './name-facts.js';

/** A name of two or more words ending in an organization head or a company suffix. */
export const orgHead: TypeRule = {
  id: 'entity/org-head',
  decide: (f) =>
    !f.single && (lexicon.orgHeads.has(f.last) || lexicon.legalSuffixes.has(f.last))
      ? { type: 'organization' }
      : undefined,
};
