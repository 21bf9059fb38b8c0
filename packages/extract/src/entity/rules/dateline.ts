import { isDatelineCredit, isDatelinePlace } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/**
 * "DENVER —", "TALLINN, June 3 -": an all-capitals dateline at the start of a paragraph is a place; the
 * agency credited in brackets after it ("(EL UNIVERSAL) —", "(Yonhap) --") an organization.
 */
export const dateline: TypeRule = {
  id: 'entity/dateline',
  decide: (f) =>
    isDatelinePlace(f.doc, f.a, f.b)
      ? { type: 'location' }
      : isDatelineCredit(f.tokens, f.a, f.b)
        ? { type: 'organization' }
        : undefined,
};
