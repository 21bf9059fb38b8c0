/**
 * Normalizes a surface form for names, quote texts and summaries: NFC, no-break and other spaces to a
 * plain space, curly apostrophes straightened, whitespace collapsed, trailing punctuation trimmed.
 * Evidence keeps the original text; only derived strings go through here.
 */
export function normalizeText(s: string): string {
  const t = s
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  let end = t.length;
  while (end > 0 && isTrailingPunctuation(t.charCodeAt(end - 1))) end--;
  return t.slice(0, end).trim();
}

function isTrailingPunctuation(c: number): boolean {
  // . , ; : ! ? and the dashes; closing quotes are kept (they belong to the name or quote)
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2013 || c === 0x2014;
}
