/**
 * Text hygiene for names and record texts. Evidence keeps the source's exact characters; only the
 * derived fields (names, aliases, quote text, summaries) are cleaned.
 */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u2033]/g;
const DASHES = /[\u2010\u2011]/g;

/** NFC, one kind of space, straight apostrophes, collapsed whitespace. */
export function cleanText(s: string): string {
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
