const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WS = /[ \t\n\r]*/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** What may come next: a value, an object key, a colon, or a comma / closing bracket. */
type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'next';

interface Scan {
  readonly text: string;
  i: number;
  readonly stack: string[];
  expect: Expect;
}

/** Past a string starting at `s.i` (a quote); false when it is malformed or unterminated. */
function scanString(s: Scan): boolean {
  const { text } = s;
  s.i++;
  while (s.i < text.length) {
    const c = text.charCodeAt(s.i);
    if (c === 0x22) {
      s.i++;
      return true;
    }
    if (c < 0x20) return false;
    if (c !== 0x5c) {
      s.i++;
      continue;
    }
    const n = text[s.i + 1];
    if (n === 'u') {
      if (!HEX4.test(text.slice(s.i + 2, s.i + 6))) return false;
      s.i += 6;
    } else if (n !== undefined && '"\\/bfnrt'.includes(n)) s.i += 2;
    else return false;
  }
  return false;
}

/** Close the innermost container when `ch` closes it; true when it did. */
function close(s: Scan, ch: string, bracket: string, opener: string): boolean {
  if (ch !== bracket || s.stack[s.stack.length - 1] !== opener) return false;
  s.i++;
  s.stack.pop();
  s.expect = 'next';
  return true;
}

/** A scalar (string, literal or number) at `s.i`; false when there is none. */
function scanScalar(s: Scan, ch: string): boolean {
  if (ch === '"') return scanString(s);
  for (const word of ['true', 'false', 'null']) {
    if (s.text.startsWith(word, s.i)) {
      s.i += word.length;
      return true;
    }
  }
  NUMBER.lastIndex = s.i;
  if (!NUMBER.exec(s.text)) return false;
  s.i = NUMBER.lastIndex;
  return true;
}

/** One step per state: consumes what `ch` starts, or returns the offset of the error. */
const STEPS: Record<Expect, (s: Scan, ch: string) => number | null> = {
  next(s, ch) {
    if (s.stack.length === 0) return s.i;
    const top = s.stack[s.stack.length - 1];
    if (ch === ',') {
      s.i++;
      s.expect = top === '{' ? 'key' : 'value';
      return null;
    }
    return close(s, ch, ']', '[') || close(s, ch, '}', '{') ? null : s.i;
  },
  colon(s, ch) {
    if (ch !== ':') return s.i;
    s.i++;
    s.expect = 'value';
    return null;
  },
  'first-key'(s, ch) {
    return close(s, ch, '}', '{') ? null : STEPS.key(s, ch);
  },
  key(s, ch) {
    if (ch !== '"' || !scanString(s)) return s.i;
    s.expect = 'colon';
    return null;
  },
  'first-value'(s, ch) {
    return close(s, ch, ']', '[') ? null : STEPS.value(s, ch);
  },
  value(s, ch) {
    if (ch === '{' || ch === '[') {
      s.stack.push(ch);
      s.i++;
      s.expect = ch === '{' ? 'first-key' : 'first-value';
      return null;
    }
    const at = s.i;
    if (!scanScalar(s, ch)) return ch === '"' ? Math.min(s.i, s.text.length) : at;
    s.expect = 'next';
    return null;
  },
};

/** Offset of the first JSON syntax error (text.length when the text ends too early); -1 when valid. */
export function locateJsonError(text: string): number {
  const s: Scan = { text, i: 0, stack: [], expect: 'value' };
  for (;;) {
    WS.lastIndex = s.i;
    WS.exec(text);
    s.i = WS.lastIndex;
    if (s.i >= text.length) return s.expect === 'next' && s.stack.length === 0 ? -1 : text.length;
    const error = STEPS[s.expect](s, text[s.i]!);
    if (error !== null) return error;
  }
}

/** 1-based line and column (in UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let j = text.indexOf('\n'); j !== -1 && j < offset; j = text.indexOf('\n', j + 1)) {
    line++;
    start = j + 1;
  }
  return { line, column: offset - start + 1 };
}
