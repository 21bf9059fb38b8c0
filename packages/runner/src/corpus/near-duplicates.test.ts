import { describe, expect, it } from 'vitest';
import { minhash } from './near-duplicates.js';

/** The signature as first written (lower-case the text, match words by regexp): the one-pass scan must equal it. */
function referenceMinhash(text: string): Uint32Array {
  const fnv = (w: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const words = [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => fnv(m[0]));
  const sig = new Uint32Array(64).fill(0xffffffff);
  for (let i = 0; i < Math.max(1, words.length - 4); i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + 5, words.length); j++)
      h = Math.imul(h ^ words[j]!, 0x5bd1e995) + (j - i);
    h >>>= 0;
    for (let k = 0; k < 64; k++) {
      const mult = (Math.imul(k + 1, 0x9e3779b1) | 1) >>> 0;
      const v = (Math.imul(h, mult) + (Math.imul(k + 7, 0x85ebca77) >>> 0)) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

describe('minhash', () => {
  it.each([
    ['plain ASCII', 'The Minister said on Monday, 3 May: "talks went well" -- in the CAPITAL (again).'],
    [
      'curly quotes and dashes',
      'He said \u201cno\u201d \u2014 it\u2019s over\u2026 the\u00a0end \u2013 2024.',
    ],
    ['accented letters', 'Ana Ruiz-L\u00f3pez met \u00c9mile in S\u00e3o Paulo; \u0130stanbul later.'],
    [
      'other scripts and digits',
      'Talks in \u6771\u4eac and \u0645\u0635\u0631 on \u0663 May, score \u00b2 x.',
    ],
    ['empty and short', ''],
    ['few words', 'one two'],
  ])('%s: same signature as the regexp path', (_, text) => {
    expect(minhash(text)).toEqual(referenceMinhash(text));
  });
});
