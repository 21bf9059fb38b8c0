/**
 * Offsets in newsfacts count Unicode code points (the W3C TextPositionSelector convention), not UTF-16
 * units, so Python and other consumers get the same numbers. A CodePointText converts between the two in
 * O(1) per lookup after one linear pass.
 */
export interface CodePointText {
  readonly text: string;
  /** Number of code points. */
  readonly length: number;
  /** UTF-16 index of a code-point offset (0..length). */
  toUtf16(offset: number): number;
  /** Code-point offset of a UTF-16 index (rounded down inside a surrogate pair). */
  toCodePoint(index: number): number;
  /** Text between two code-point offsets. */
  slice(start: number, end: number): string;
}

export function indexCodePoints(text: string): CodePointText {
  // Fast path: no astral characters means both units agree.
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) {
    return {
      text,
      length: text.length,
      toUtf16: (o) => o,
      toCodePoint: (i) => i,
      slice: (s, e) => text.slice(s, e),
    };
  }
  const utf16: number[] = [];
  const cp = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; ) {
    utf16.push(i);
    const c = text.charCodeAt(i);
    const pair =
      c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    cp[i] = n;
    if (pair) cp[i + 1] = n;
    i += pair ? 2 : 1;
    n++;
  }
  utf16.push(text.length);
  cp[text.length] = n;
  const toUtf16 = (o: number) => utf16[o] ?? text.length;
  return {
    text,
    length: n,
    toUtf16,
    toCodePoint: (i) => cp[i] ?? n,
    slice: (s, e) => text.slice(toUtf16(s), toUtf16(e)),
  };
}

/** Number of code points in a string. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800)) n++;
  }
  return n;
}
