import { describe, expect, it } from 'vitest';
import { codePointLength, indexCodePoints } from './code-points.js';
import { checkEvidence, findQuote, makeEvidence } from './make-evidence.js';

describe('indexCodePoints', () => {
  it('counts astral characters as one code point', () => {
    const t = indexCodePoints('a😀b “quote”');
    expect(t.length).toBe(11);
    expect(t.slice(1, 2)).toBe('😀');
    expect(t.slice(2, 3)).toBe('b');
    expect(t.toUtf16(2)).toBe(3);
    expect(t.toCodePoint(3)).toBe(2);
    expect(codePointLength('a😀b')).toBe(3);
  });

  it('agrees with Array.from on mixed text', () => {
    const s = '👩‍👩‍👧 Kashmir’s 𝕏 talks\u00a0🇮🇳 end';
    const t = indexCodePoints(s);
    const cps = Array.from(s);
    expect(t.length).toBe(cps.length);
    for (let i = 0; i <= cps.length; i++) {
      for (let j = i; j <= Math.min(cps.length, i + 3); j++)
        expect(t.slice(i, j)).toBe(cps.slice(i, j).join(''));
    }
  });
});

describe('makeEvidence', () => {
  it('records exact text with prefix and suffix, and checks back', () => {
    const t = indexCodePoints('😀 Steve Coll said so.');
    const ev = makeEvidence('s1', t, 2, 12);
    expect(ev).toMatchObject({ exact: 'Steve Coll', prefix: '😀 ', suffix: ' said so.' });
    expect(checkEvidence(ev, t)).toEqual([]);
    expect(checkEvidence({ ...ev, exact: 'Steve Colt' }, t)).toEqual(['text-mismatch']);
    expect(checkEvidence({ ...ev, end: 99 }, t)).toEqual(['out-of-range']);
    expect(findQuote(t, 'said')).toEqual({ start: 13, end: 17 });
  });

  it('refuses spans outside the text', () => {
    expect(() => makeEvidence('s1', indexCodePoints('abc'), 2, 4)).toThrow(RangeError);
  });
});
