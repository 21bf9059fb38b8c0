/** Frequent English function words: news English has ~40% of its words in this list, other languages ~5%. */
const STOP_WORDS = new Set(
  (
    'a about after against all also an and are as at be been but by can could did do does for from had has have he her his ' +
    'i if in into is it its last more most new no not of on one or our out over said says she so than that the their them ' +
    'there they this to told two up was we were what when which who will with would year you'
  ).split(' '),
);

/** Below this share of stop words, with enough words to judge, a text is not English. */
const ENGLISH_MIN_RATIO = 0.15;
const MIN_WORDS = 20;

const MAX_WORDS = 2000;
const HEAD = 20_000;
/** Non-ASCII characters that are not letters and that lower-casing leaves alone (common in news). */
const SEPARATORS = new Set([0xa0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);
const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

const LONGEST_STOP_WORD = 7;
/** A word of up to 7 ASCII letters as a number, case folded (base 27: unique, below 2^53). */
const wordKey = (key: number, c: number) => key * 27 + ((c | 0x20) - 0x60);
const STOP_KEYS = new Set(
  [...STOP_WORDS].map((w) => [...w].reduce((k, ch) => wordKey(k, ch.charCodeAt(0)), 0)),
);

/**
 * The count in one scan, without lower-casing the text, matching a regexp or making a string per word;
 * null when the head of the text has a character it does not know (the regexp path handles those,
 * with the same result).
 */
function asciiRatio(head: string): { hits: number; words: number } | null {
  let words = 0;
  let hits = 0;
  let length = 0;
  let key = 0;
  for (let i = 0; i <= head.length && words < MAX_WORDS; i++) {
    const c = i < head.length ? head.charCodeAt(i) : 0x20;
    if (isAsciiLetter(c)) {
      if (++length <= LONGEST_STOP_WORD) key = wordKey(key, c);
      continue;
    }
    if (c >= 0x80 && !SEPARATORS.has(c)) return null;
    if (length === 0) continue;
    words++;
    if (length <= LONGEST_STOP_WORD && STOP_KEYS.has(key)) hits++;
    length = 0;
    key = 0;
  }
  return { hits, words };
}

/** Share of English stop words among the first 2,000 words (linear, no regex backtracking). */
export function englishRatio(text: string): { ratio: number; words: number } {
  const head = text.slice(0, HEAD);
  let counted = asciiRatio(head);
  if (!counted) {
    counted = { hits: 0, words: 0 };
    for (const m of head.toLowerCase().matchAll(/\p{L}+/gu)) {
      counted.words++;
      if (STOP_WORDS.has(m[0])) counted.hits++;
      if (counted.words >= MAX_WORDS) break;
    }
  }
  const { hits, words } = counted;
  return { ratio: words === 0 ? 0 : hits / words, words };
}

/** Whether a text reads as English (very short texts get the benefit of the doubt), and its ratio. */
export function englishCheck(text: string): { english: boolean; ratio: number } {
  const { ratio, words } = englishRatio(text);
  return { english: words < MIN_WORDS || ratio >= ENGLISH_MIN_RATIO, ratio };
}

export const isEnglish = (text: string): boolean => englishCheck(text).english;
