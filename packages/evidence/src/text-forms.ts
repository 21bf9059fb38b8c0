/*
 * Every derived form of a text, in one place. Evidence keeps the source's exact characters; names, record
 * texts, ids, lookup and scoring keys are derived from them by one of the named variants below. They share
 * their building blocks (what a space is, which apostrophes are straightened, the tidy-ASCII fast path), and
 * each keeps its own rule because what it feeds depends on it: a change to one is a change to the ids,
 * links or scores it makes (docs/ids.md), so it needs a new release version.
 *
 * | variant         | used for                              | rule                                                              |
 * |-----------------|---------------------------------------|-------------------------------------------------------------------|
 * | cleanText       | record texts (normalize)              | NFC, curly quotes and hyphens straightened, spaces folded, trimmed |
 * | cleanName       | entity names and aliases (normalize)  | cleanText, surrounding punctuation and a possessive 's dropped     |
 * | slugify         | the name part of entity ids           | cleanText, ASCII letters and digits joined by -                    |
 * | spanWords       | the words of span ids                 | NFC, whitespace folded, trimmed                                    |
 * | normalizeText   | candidate texts (extract)             | NFC, spaces folded, apostrophes straightened, trailing .,;:!? cut  |
 * | normalizeCore   | name cores (extract)                  | NFC, apostrophes straightened, spaces folded, leading "the" cut    |
 * | normalizeKey    | gazetteer lookups                     | normalizeCore's rule, case folded                                  |
 * | nameKey         | matching names against gold (eval)    | case folded, apostrophes dropped, punctuation as spaces, no "the"  |
 * | titleKey        | matching Wikipedia titles (eval)      | nameKey's, with _ as space, (qualifiers) and diacritics dropped    |
 * | wordTokens      | token-overlap scores (eval)           | case folded, apostrophes dropped, runs of letters and digits       |
 */

/**
 * Printable ASCII with single inner spaces and none at the ends: such a string is already NFC, has no
 * curly quotes, dashes or odd spaces, and nothing to collapse or trim. Most names and spans are like
 * this, and checking is far cheaper than the regular expressions of the variants.
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

/** Text below U+0300 (Latin, no combining marks) is already in NFC. */
function nfc(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return s.normalize('NFC');
  return s;
}

const WHITESPACE = /\s+/gu;
/** `\s` and the zero-width and other spaces news text uses as one. */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const APOSTROPHES_AND_PRIME = /[\u2018\u2019\u02bc\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u2033]/g;
const HYPHENS = /[\u2010\u2011]/g;
const LEADING_THE = /^the /i;

/** NFC, one kind of space, straight apostrophes, quotes and hyphens, collapsed whitespace. */
export function cleanText(s: string): string {
  if (isTidyAscii(s)) return s;
  return nfc(s)
    .replace(APOSTROPHES_AND_PRIME, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(HYPHENS, '-')
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

/** The words that define a span: whitespace runs folded, so re-wrapping a line keeps the id. */
export function spanWords(exact: string): string {
  if (isTidyAscii(exact)) return exact;
  return nfc(exact).replace(WHITESPACE, ' ').trim();
}

/** A name core: NFC, curly apostrophes straightened, whitespace folded, a leading "the " dropped. */
export function normalizeCore(s: string): string {
  if (isTidyAscii(s)) return s.length > 4 && LEADING_THE.test(s) ? s.slice(4) : s;
  return nfc(s)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(WHITESPACE, ' ')
    .replace(LEADING_THE, '')
    .trim();
}

/** Lookup key: NFC, curly apostrophes straightened, whitespace collapsed, case folded, leading "the" dropped. */
export function normalizeKey(surface: string): string {
  if (isTidyAscii(surface)) return surface.toLowerCase().replace(/^the /, '');
  return nfc(surface)
    .replace(CURLY_APOSTROPHES, "'")
    .replace(WHITESPACE, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/** Entity-name key for matching: lower case, punctuation dropped, leading "the" dropped (gold GUIDELINES "Scoring"). */
export function nameKey(s: string): string {
  return nfc(s)
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(WHITESPACE, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Title or name comparison key: `_` as spaces, parenthesised qualifiers and diacritics dropped, case folded. */
export function titleKey(s: string): string {
  return s
    .replace(/_/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Lower-case word tokens of a text, for token-overlap scores. */
export function wordTokens(s: string): string[] {
  return (
    nfc(s)
      .toLowerCase()
      .replace(/[\u2018\u2019']/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Normalizes a surface form for names, quote texts and summaries: NFC, no-break and other spaces to a
 * plain space, curly apostrophes straightened, whitespace collapsed, trailing punctuation trimmed.
 */
export function normalizeText(s: string): string {
  if (isTidyAscii(s)) return trimEnd(s);
  const t = nfc(s);
  // one pass: runs of whitespace become one space (none at the ends), curly apostrophes straight ones
  let out = '';
  let seg = 0;
  let space = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isSpace(c)) {
      if (!space) {
        out += t.slice(seg, i);
        space = true;
      }
      seg = i + 1;
    } else {
      if (space) {
        if (out.length > 0) out += ' ';
        space = false;
      }
      if (c === 0x2018 || c === 0x2019 || c === 0x02bc) {
        out += t.slice(seg, i);
        out += "'";
        seg = i + 1;
      }
    }
  }
  if (!space) out += seg === 0 ? t : t.slice(seg);
  return trimEnd(out);
}

/** Without trailing punctuation, and the spaces before it. */
function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && isTrailingPunctuation(s.charCodeAt(end - 1))) end--;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** What `\s` matches, and the zero-width and other spaces read as a space. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isTrailingPunctuation(c: number): boolean {
  // . , ; : ! ? and the dashes; closing quotes are kept (they belong to the name or quote)
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2013 || c === 0x2014;
}
