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

/** Share of English stop words among the first 2,000 words (linear, no regex backtracking). */
export function englishRatio(text: string): { ratio: number; words: number } {
  let words = 0;
  let hits = 0;
  for (const m of text
    .slice(0, 20_000)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    words++;
    if (STOP_WORDS.has(m[0])) hits++;
    if (words >= 2000) break;
  }
  return { ratio: words === 0 ? 0 : hits / words, words };
}

/** Whether a text reads as English; very short texts get the benefit of the doubt. */
export function isEnglish(text: string): boolean {
  const { ratio, words } = englishRatio(text);
  return words < MIN_WORDS || ratio >= ENGLISH_MIN_RATIO;
}
