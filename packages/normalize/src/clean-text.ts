/**
 * Text hygiene for names and record texts. Evidence keeps the source's exact characters; only the
 * derived fields (names, aliases, quote text, summaries) are cleaned.
 */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u2033]/g;
const DASHES = /[\u2010\u2011]/g;

/**
 * True for printable ASCII with single inner spaces and none at the ends: such a string is already
 * NFC, has no curly quotes, dashes or odd spaces, and nothing to collapse or trim, so cleaning leaves
 * it as it is. Most names and spans are like this; checking is far cheaper than the regexps.
 */
export function isTidyAscii(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) continue;
    if (c !== 0x20 || i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 0x20) return false;
  }
  return true;
}

/** NFC, one kind of space, straight apostrophes, collapsed whitespace. */
export function cleanText(s: string): string {
  if (isTidyAscii(s)) return s;
  return s
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

/** cleanText, then drop surrounding punctuation and a possessive "'s" ("Pakistan’s," → "Pakistan"). */
export function cleanName(s: string): string {
  // Strip to a fixed point so that cleaning a clean name changes nothing ("Smith Jr.'s" → "Smith Jr").
  let out = cleanText(s);
  for (let before = ''; before !== out; ) {
    before = out;
    out = out
      .replace(/^[\s"'([{]+/u, '')
      .replace(/[\s"'.,;:!?)\]}]+$/u, '')
      .replace(/'s$/u, '');
  }
  // "U.S." keeps its final dot when the name is an abbreviation with inner dots.
  if (/^(?:[A-Z]\.){2,}$/u.test(`${out}.`)) out = `${out}.`;
  return out;
}

/** A lower-case ASCII slug used in ids: "Ana Ruiz-López" → "ana-ruiz-lopez". */
export function slugify(s: string): string {
  const slug = cleanText(s)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'unnamed';
}
