import { describe, expect, it } from 'vitest';
import { englishRatio } from './detect-english.js';

const STOP = new Set(
  'a about after against all also an and are as at be been but by can could did do does for from had has have he her his i if in into is it its last more most new no not of on one or our out over said says she so than that the their them there they this to told two up was we were what when which who will with would year you'.split(
    ' ',
  ),
);

/** The ratio as first written (lower-case, match letters by regexp): the one-pass scan must equal it. */
function referenceRatio(text: string): { ratio: number; words: number } {
  let words = 0;
  let hits = 0;
  for (const m of text
    .slice(0, 20_000)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    words++;
    if (STOP.has(m[0])) hits++;
    if (words >= 2000) break;
  }
  return { ratio: words === 0 ? 0 : hits / words, words };
}

describe('englishRatio', () => {
  it.each([
    [
      'plain ASCII',
      'The Minister SAID on Monday, 3 May: "talks went well" -- in the capital (again) AGAINST all.',
    ],
    ['curly quotes', 'He said \u201cno\u201d \u2014 it\u2019s over\u2026 the\u00a0end \u2013 for them.'],
    ['accents', 'Le gouvernement a annonc\u00e9 mardi une s\u00e9rie de mesures pour the \u00c9tat.'],
    ['long', 'the cat and the dog were in the house of a man. '.repeat(600)],
    ['empty', ''],
    ['prefixes of stop words', 'Againsts saidx THEIRS wouldn a I Whichever abouts were.'],
  ])('%s: same as the regexp path', (_, text) => {
    expect(englishRatio(text)).toEqual(referenceRatio(text));
  });
});
