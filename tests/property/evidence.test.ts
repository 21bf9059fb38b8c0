import { checkEvidence, codePointLength, indexCodePoints, makeEvidence } from '@newsfacts/evidence';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, anyUtf16 } from '../helpers/arbitraries.js';
import { params, TIMEOUT } from '../helpers/property.js';

/** The reference: code points as Array.from sees them (lone surrogates count as one). */
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

const textAndSpan = (text: fc.Arbitrary<string>) =>
  text
    .filter((t) => t.length > 0)
    .chain((t) => {
      const n = Array.from(t).length;
      return fc
        .tuple(fc.constant(t), fc.nat(n - 1))
        .chain(([t2, s]) => fc.tuple(fc.constant(t2), fc.constant(s), fc.integer({ min: s + 1, max: n })));
    });

describe('code-point offsets (property)', () => {
  for (const [label, text] of [
    ['any Unicode text', anyText()],
    ['any UTF-16 string, lone surrogates included', anyUtf16()],
  ] as const) {
    it(`${label}: length, slices and index conversions agree with Array.from`, { timeout: TIMEOUT }, () => {
      fc.assert(
        fc.property(textAndSpan(text), ([t, start, end]) => {
          const cps = indexCodePoints(t);
          expect(cps.length).toBe(Array.from(t).length);
          expect(codePointLength(t)).toBe(cps.length);
          expect(cps.slice(start, end)).toBe(slice(t, start, end));
          expect(cps.toCodePoint(cps.toUtf16(start))).toBe(start);
          const ev = makeEvidence('s', cps, start, end);
          expect(ev.exact).toBe(slice(t, start, end));
          expect(checkEvidence(ev, cps)).toEqual([]);
        }),
        params(1000),
      );
    });
  }
});
