import { textWords } from './text-words.js';
import { type Token, tokenize } from './tokenize.js';
import { wordBits } from './word-facts.js';

/** A run of tokens [from, to). */
interface Span {
  readonly from: number;
  readonly to: number;
}

export interface Sentence extends Span {
  readonly para: number;
  /**
   * The first line of the article (the headline), a dateline, a line of dated fields set apart by bars
   * ("20 May 2025 | Humanitarian Aid") or a subhead between paragraphs of the story.
   */
  readonly headline: boolean;
  /** A line of the page's metadata, not of the story: a time stamp ("Updated June 24, 2025 — 7.58pm"). */
  readonly stamp: boolean;
}

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Sentence index of every token. */
  readonly sentenceOf: Int32Array;
  /** Abbreviations the article defines in brackets ("World Health Organization (WHO)"), as written. */
  readonly bracketed: ReadonlySet<string>;
}

/** A closing quotation mark or bracket, which a sentence's final stop may stand before ('…," he said.'). */
function isCloser(t: Token): boolean {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  // " ” ' ’ ) ]: told by code, no set lookup (asked after every full stop)
  return c === 34 || c === 0x201d || c === 39 || c === 0x2019 || c === 41 || c === 93;
}

/** Where the sentence `n` sentences before the one holding token k starts (the first sentence's start at most). */
export function sentencesBackFrom(doc: Doc, k: number, n: number): number {
  return doc.sentences[Math.max(0, doc.sentenceOf[k]! - n)]!.from;
}

/** Tokens and sentences of an article; the first paragraph is the headline when it has no final stop. */
export function segment(text: string): Doc {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  let from = 0;
  /** The first token of the paragraph of the sentence being closed. */
  let paraFrom = 0;
  const firstPara = tokens.length > 0 ? 0 : -1;
  const close = (to: number) => {
    if (to <= from) return;
    const para = tokens[from]!.para;
    const last = tokens[to - 1]!;
    const headline = para === firstPara && !/[.!?:"”]$/.test(last.text) && to - from <= 30;
    for (let k = from; k < to; k++) sentenceOf[k] = sentences.length;
    // (a time stamp may be cut into sentences: "… 7.58pm, first published at 12.30pm" is read from its line's start)
    while (paraFrom < from && tokens[paraFrom]!.para !== para) paraFrom++;
    const stamp = isTimeStamp(tokens, paraFrom, to);
    const furniture = headline || stamp || isDateline(tokens, from, to) || isBarLine(tokens, paraFrom, to);
    sentences.push({ from, to, para, headline: furniture, stamp });
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next && next.para !== t.para) {
      close(i + 1);
      continue;
    }
    if (t.text !== '.' && t.text !== '!' && t.text !== '?') continue;
    let j = i + 1;
    while (j < tokens.length && isCloser(tokens[j]!) && tokens[j]!.start === tokens[j - 1]!.end) j++;
    const after = tokens[j];
    if (!after) continue;
    if (after.para !== t.para) continue;
    const prev = tokens[i - 1];
    if (t.text === '.' && prev && prev.end === t.start && isAbbreviation(prev, after)) continue;
    // ("… officials said. (END)": a bracketed sign-off in capitals after a full stop is a sentence of its own)
    const signOff = after.text === '(' && tokens[j + 1]?.cap === true && tokens[j + 2]?.text === ')';
    if (after.cap || after.kind === 'number' || /^["“‘']/.test(after.text) || signOff) {
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  markSubheads(tokens, sentences);
  return { text, tokens, sentences, sentenceOf, bracketed: bracketedWords(tokens) };
}

/** How many words a subhead may have ("Rations halved", "Convoy attacked"). */
const SUBHEAD_WORDS = 6;

/**
 * "Rations halved", "Appeal underfunded": a paragraph of the story that is one short line without a final
 * stop, between two paragraphs of text, is a subhead of the page, read like the headline.
 */
function markSubheads(tokens: readonly Token[], sentences: Sentence[]): void {
  const body = sentences.findIndex((s) => !s.headline);
  if (body < 0) return;
  for (let i = body + 1; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    const before = sentences[i - 1]!;
    const after = sentences[i + 1]!;
    if (s.headline || before.para === s.para || after.para === s.para || s.to - s.from > SUBHEAD_WORDS)
      continue;
    const first = tokens[s.from]!;
    const last = tokens[s.to - 1]!;
    if (!first.cap || last.kind !== 'word') continue;
    let words = true;
    for (let k = s.from; k < s.to && words; k++) words = tokens[k]!.kind === 'word';
    if (words) sentences[i] = { ...s, headline: true };
  }
}

/**
 * A short line of dated fields set apart by bars: "20 May 2025 | Humanitarian Aid", "KYODO NEWS - Mar 9, 2025 |
 * Science" (not a byline: "By Jo Roe | The Ledger").
 */
function isBarLine(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 20 || tokens[to]?.para === tokens[from]!.para || tokens[from]!.lower === 'by') return false;
  let bar = false;
  let number = false;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text === '|') bar = true;
    else if (tokens[k]!.kind === 'number') number = true;
  }
  return bar && number;
}

/** Capitalized words written alone in brackets: "(WHO)", "(SQM)". */
function bracketedWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k + 1 < tokens.length; k++)
    if (tokens[k]!.cap && tokens[k - 1]!.text === '(' && tokens[k + 1]!.text === ')')
      out.add(tokens[k]!.text);
  return out;
}

/** A word whose full stop does not end the sentence ("Mr.", "J."; "No." only before a number). */
function isAbbreviation(t: Token, after: Token): boolean {
  const bits = segmentWordBits(t);
  if ((bits & NUMBER_ABBREVIATION) !== 0) return after.kind === 'number';
  return (bits & ABBREVIATION) !== 0 || (t.text.length === 1 && t.cap);
}

const NUMBER_ABBREVIATION = 1;
const ABBREVIATION = 2;
const STAMP_OPENER = 4;
/** The lists the sentence splitter asks of a word before a full stop or opening a sentence, as bits of a word fact. */
const segmentWordBits = wordBits([
  (w) => textWords.numberAbbreviations.has(w),
  (w) => textWords.abbreviations.has(w),
  (w) => textWords.stampOpeners.has(w),
]);

const DATE_WORD = textWords.datelineWords;

/** Time zones: two to four letters ending in t ("cdt", "bst"). */
const TIME_ZONE = /^[a-z]{2,4}t$/;
/** Words of a time stamp line besides dates: "Updated …, first published at 12.30pm", "Posted: … PM CDT". */
const isStampWord = (w: string) => textWords.stampWords.has(w) || TIME_ZONE.test(w);

/** A line that only holds a date ("Thursday, April 7, 2005"). */
function isDateline(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !DATE_WORD.has(t.lower)) return false;
  }
  return true;
}

/** A time stamp of the page ("Updated June 24, 2025 — 7.58pm, first published at 12.30pm", "Posted: Apr 8"). */
function isTimeStamp(tokens: readonly Token[], from: number, to: number): boolean {
  if ((segmentWordBits(tokens[from]!) & STAMP_OPENER) === 0 || to - from > 20) return false;
  let number = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number') number = true;
    if (t.kind === 'word' && !DATE_WORD.has(t.lower) && !isStampWord(t.lower)) return false;
  }
  return number;
}
