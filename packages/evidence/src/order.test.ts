import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStrings, isSorted } from './order.js';

describe('isSorted', () => {
  it('is true exactly when a stable sort would leave the list as it is', () => {
    const byFirst = (a: [string, number], b: [string, number]) => compareStrings(a[0], b[0]);
    const list = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.nat()), { maxLength: 8 });
    fc.assert(
      fc.property(list, (l) => {
        const sorted = [...l].sort(byFirst);
        expect(isSorted(l, byFirst)).toBe(sorted.every((x, i) => x === l[i]));
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });
});
