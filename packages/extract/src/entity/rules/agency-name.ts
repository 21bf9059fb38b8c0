import { isAgencyName } from '../candidates/analyze-run.js';
import type { TypeRule } from './name-facts.js';

/**
 * "Transport Canada", "Statistics Norway", "Police Scotland", "Maritime New Zealand", "Homes NSW": a sector's
 * word, then the name of a country or a known place, names that country's or region's public agency.
 */
export const agencyName: TypeRule = {
  id: 'entity/agency-name',
  decide: (f) => (!f.single && isAgencyName(f.tokens, f.a, f.b) ? { type: 'organization' } : undefined),
};
