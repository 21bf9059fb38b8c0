import { orgHeadBeforePlace as isOrgHeadBeforePlace } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/** "Transparency International Kenya": an organization head followed only by a country or place. */
export const orgHeadBeforePlace: TypeRule = {
  id: 'entity/org-head',
  decide: (f) =>
    !f.single && isOrgHeadBeforePlace(f.tokens, f.a, f.b) ? { type: 'organization' } : undefined,
};
