/**
 * Normalizes a surface form for names, quote texts and summaries: NFC, no-break and other spaces to a
 * plain space, curly apostrophes straightened, whitespace collapsed, trailing punctuation trimmed.
 * Evidence keeps the original text; only derived strings go through here.
 */
export function normalizeText(s: string): string {
  if (!NOT_PLAIN.test(s)) return trimEnd(s);
  const t = needsNfc(s) ? s.normalize('NFC') : s;
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

/** Anything but printable ASCII words with single spaces between them needs more than trimEnd. */
const NOT_PLAIN = /[^\x21-\x7e ]| {2}|^ | $/;

/** Without trailing punctuation, and the spaces before it. */
function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && isTrailingPunctuation(s.charCodeAt(end - 1))) end--;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Text below U+0300 (Latin, no combining marks) is already in NFC. */
function needsNfc(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return true;
  return false;
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
