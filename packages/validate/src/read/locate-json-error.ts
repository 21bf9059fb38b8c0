const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WS = /[ \t\n\r]*/y;

/** Offset of the first JSON syntax error (text.length when the text ends too early); -1 when valid. */
export function locateJsonError(text: string): number {
  let i = 0;
  const stack: string[] = [];
  // What may come next: a value, an object key, a colon, or a comma / closing bracket.
  let expect: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'next' = 'value';
  const skip = () => {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
  };
  const scanString = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const n = text[i + 1];
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  for (;;) {
    skip();
    if (i >= text.length) return expect === 'next' && stack.length === 0 ? -1 : text.length;
    const ch = text[i]!;
    if (expect === 'next') {
      if (stack.length === 0) return i;
      const top = stack[stack.length - 1];
      if (ch === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((ch === ']' && top === '[') || (ch === '}' && top === '{')) {
        i++;
        stack.pop();
      } else return i;
      continue;
    }
    if (expect === 'colon') {
      if (ch !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'key' || expect === 'first-key') {
      if (ch === '}' && expect === 'first-key') {
        i++;
        stack.pop();
        expect = 'next';
        continue;
      }
      if (ch !== '"' || !scanString()) return i;
      expect = 'colon';
      continue;
    }
    if (ch === ']' && expect === 'first-value') {
      i++;
      stack.pop();
      expect = 'next';
      continue;
    }
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      expect = ch === '{' ? 'first-key' : 'first-value';
      continue;
    }
    if (ch === '"') {
      if (!scanString()) return Math.min(i, text.length);
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.exec(text)) return i;
      i = NUMBER.lastIndex;
    }
    expect = 'next';
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
