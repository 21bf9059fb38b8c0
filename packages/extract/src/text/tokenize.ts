import { textWords } from './text-words.js';
import { factsOf, type WordFacts, wordOf } from './word-facts.js';

/** A word, number or punctuation mark with its UTF-16 offsets in the article text. */
export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes straightened. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number' | 'punct';
  /** First letter is upper case. */
  readonly cap: boolean;
  /** Index of the paragraph (line block) the token is in. */
  readonly para: number;
  /** Whitespace before the token contains a line break. */
  readonly lineStart: boolean;
  /** What the steps looked up about the word (shared by the tokens of one lower-case word). */
  readonly facts: WordFacts;
}

// Each alternative starts with a different class and the repeated groups start with a separator that the
// group body cannot match, so matching is linear in the input length.
// Repetitions are bounded so a huge run of letters is cut into tokens without rescanning it.
const TOKEN =
  /\p{L}(?:\.\p{L}){1,20}\.?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]{0,199}(?:[-'’&][\p{L}\p{M}\p{N}]{1,100}){0,8}|\p{N}{1,100}(?:[.,:/]\p{N}{1,100}){0,8}|\S/uy;
const MAX_TOKEN = 1000;

/** Splits text into tokens in one left-to-right pass; possessive 's becomes its own token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let para = 0;
  let sawBreak = true;
  let breaks = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      breaks++;
      sawBreak = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (breaks > 0 && tokens.length > 0) para++;
    breaks = 0;
    let len = asciiTokenLength(text, i, c);
    if (len > 0) {
      // plain ASCII: no hyphen, apostrophe or surrogate to look at
      const word = len === 1 ? text.charAt(i) : text.slice(i, i + len);
      const upper = c >= 65 && c <= 90;
      const kind = upper || (c >= 97 && c <= 122) ? 'word' : c >= 48 && c <= 57 ? 'number' : 'punct';
      const same = kind === 'punct' || !hasUpperAscii(text, i, i + len);
      const facts = factsOf(same ? word : word.toLowerCase());
      // the word's shared string, not this copy (see wordOf)
      const lower = wordOf(facts);
      tokens.push({
        text: same ? lower : word,
        lower,
        start: i,
        end: i + len,
        kind,
        cap: upper,
        para,
        lineStart: sawBreak,
        facts,
      });
      sawBreak = false;
      i += len;
      continue;
    }
    {
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(text);
      len = m ? m[0].length : 1;
      if (len > MAX_TOKEN) len = MAX_TOKEN;
    }
    let word = text.slice(i, i + len);
    // Keep surrogate pairs whole when the single-character fallback hits one.
    if (len === 1 && c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) word = text.slice(i, i + 2);
    const kind = kindOf(word, c);
    // "Detroit-based", "Oslo-born": the name and the suffix are separate words
    const hyphen = kind === 'word' ? word.lastIndexOf('-') : -1;
    if (
      hyphen > 0 &&
      textWords.nameSuffixes.has(word.slice(hyphen + 1).toLowerCase()) &&
      word !== word.toLowerCase()
    ) {
      tokens.push(makeToken(word.slice(0, hyphen), i, kind, para, sawBreak));
      tokens.push(makeToken('-', i + hyphen, 'punct', para, false));
      tokens.push(makeToken(word.slice(hyphen + 1), i + hyphen + 1, 'word', para, false));
      sawBreak = false;
      i += word.length;
      continue;
    }
    const last = word.charCodeAt(word.length - 1);
    const poss =
      kind === 'word' && word.length > 2 && (last === 115 || last === 83) && /['’][sS]$/.test(word);
    const main = poss ? word.slice(0, -2) : word;
    tokens.push(makeToken(main, i, kind, para, sawBreak));
    if (poss) tokens.push(makeToken(word.slice(-2), i + main.length, 'punct', para, false));
    sawBreak = false;
    i += word.length;
  }
  return tokens;
}

/**
 * Length of the token TOKEN matches at i when it is plain ASCII and ends before an ASCII character that
 * cannot continue it (most tokens of English text); 0 when TOKEN must decide.
 */
function asciiTokenLength(text: string, i: number, c: number): number {
  if (c >= 128) return 0;
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!letter && !(c >= 48 && c <= 57)) return 1; // \S: one punctuation mark (spaces never get here)
  // a letter run: [\p{L}\p{M}][\p{L}\p{M}\p{N}]{0,199}, continued only by [-'’&] or by "." (abbreviations)
  // a digit run: \p{N}{1,100}, continued only by [.,:/]
  const max = letter ? 200 : 100;
  let j = i + 1;
  while (j < text.length && j - i <= max) {
    const d = text.charCodeAt(j);
    if ((d >= 48 && d <= 57) || (letter && ((d >= 65 && d <= 90) || (d >= 97 && d <= 122)))) j++;
    else break;
  }
  if (j - i > max) return 0;
  if (j === text.length) return j - i;
  const d = text.charCodeAt(j);
  if (d >= 128) return 0;
  // "U.S." is read by TOKEN's first alternative, which needs the "." right after one letter
  if (
    letter
      ? d === 45 || d === 39 || d === 38 || (d === 46 && j === i + 1)
      : d === 46 || d === 44 || d === 58 || d === 47
  )
    return 0;
  // a digit run stops at a letter ("5th": "5", then "th")
  return j - i;
}

/** Whether text[from, to) has an ASCII capital (toLowerCase copies the string even when nothing changes). */
function hasUpperAscii(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const d = text.charCodeAt(j);
    if (d >= 65 && d <= 90) return true;
  }
  return false;
}

const LETTER = /^\p{L}/u;
const DIGIT = /^\p{N}/u;

function kindOf(word: string, c: number): Token['kind'] {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
  if (c >= 48 && c <= 57) return 'number';
  if (c < 128) return 'punct';
  return LETTER.test(word) ? 'word' : DIGIT.test(word) ? 'number' : 'punct';
}

function makeToken(
  text: string,
  start: number,
  kind: Token['kind'],
  para: number,
  lineStart: boolean,
): Token {
  const first = text.charAt(0);
  const facts = factsOf(text.includes('’') ? text.toLowerCase().replace(/’/g, "'") : text.toLowerCase());
  const lower = wordOf(facts);
  return {
    text: text === lower ? lower : text,
    lower,
    start,
    end: start + text.length,
    kind,
    cap: kind === 'word' && first !== first.toLowerCase(),
    para,
    lineStart,
    facts,
  };
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c < 32
  );
}

/** A quotation mark token, straight or curly, single or double. */
export function isQuoteMark(t: Token | undefined): boolean {
  return t?.kind === 'punct' && QUOTE_MARKS.has(t.text);
}

const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'"]);

/** "’s" / "'s" after a name: the possessive mark, a token of its own. */
export function isPossessiveMark(t: Token | undefined): boolean {
  if (t === undefined || t.text.length !== 2) return false;
  const mark = t.text.charCodeAt(0);
  const s = t.text.charCodeAt(1);
  // /^['’]s$/i without a regexp: many steps ask this of the token after every name
  return (mark === 39 || mark === 0x2019) && (s === 115 || s === 83);
}
