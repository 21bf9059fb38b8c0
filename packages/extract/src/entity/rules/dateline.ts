import { isDatelinePlace } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/** "DENVER —", "TALLINN, June 3 -": an all-capitals dateline at the start of a paragraph is a place. */
export const dateline: TypeRule = {
  id: 'entity/dateline',
  decide: (f) => (isDatelinePlace(f.doc, f.a, f.b) ? { type: 'location' } : undefined),
};
