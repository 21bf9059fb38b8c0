import { speechActWords } from '../event/rules/speech-act-words.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import { isPossessiveMark, type Token } from '../text/tokenize.js';
import { wordBits } from '../text/word-facts.js';
import { quoteWords } from './load-quote-words.js';
import { isSpeechVerb } from './speaker/token-tests.js';

/**
 * Where reported clauses stop, precomputed once per document so that every cue finds its clause end in
 * O(1): a scan per cue is quadratic on a long sentence full of cues ("said … said … said …").
 */
interface ClauseBounds {
  /** First token ≥ k that ends a clause whatever the clause start. */
  readonly hard: Int32Array;
  /** First token ≥ k that ends a clause only when it is at least three tokens into it. */
  readonly soft: Int32Array;
  /** Last clause-ending mark < k, plus one (the start of the clause holding k - 1); -1 when none. */
  readonly start: Int32Array;
  /** The smallest e ≤ k such that tokens [e, k) are all trailing punctuation. */
  readonly trim: Int32Array;
}

const VERB_TRIGGERS = new Set(lexicon.triggers.filter((t) => t.w >= 2 && !t.t.includes(' ')).map((t) => t.t));
const cache = new WeakMap<Doc, ClauseBounds>();

/** Where the reported clause stops: a semicolon or dash, or a comma before "but"/a trailing adjunct. */
export function clauseEnd(doc: Doc, from: number, to: number): number {
  const b = boundsOf(doc);
  const soft = from + 3 < to ? b.soft[from + 3]! : to;
  return trimEnd(doc, from, Math.min(to, b.hard[from]!, soft));
}

/** The first token after the last clause-ending mark in (from, end), or from. */
export function clauseStart(doc: Doc, from: number, end: number): number {
  const s = boundsOf(doc).start[end]!;
  return s > from + 1 ? s : from;
}

/** The end of [from, to) without its trailing punctuation (closing quotation marks stay). */
export function trimEnd(doc: Doc, from: number, to: number): number {
  return Math.max(from, boundsOf(doc).trim[to]!);
}

function isSpeakerVerb(t: Token | undefined): boolean {
  return (
    t !== undefined && !t.cap && (isSpeechVerb(t) || (VERB_TRIGGERS.has(t.lower) && t.lower.endsWith('ed')))
  );
}

const CONTRAST = 1;
const CONJUNCTION = 2;
/**
 * The only words isHardEnd and isSoftEnd can end a clause at ("while", "whereas"; "and", "but"; the rest are
 * marks), as bits of a word fact: both functions read them for every token that is no plain word.
 */
const clauseWordBits = wordBits([
  (w) => quoteWords.contrastConjunctions.has(w),
  (w) => lexicon.clauseConjunctions.has(w),
]);

function boundsOf(doc: Doc): ClauseBounds {
  let b = cache.get(doc);
  if (!b) {
    b = computeBounds(doc);
    cache.set(doc, b);
  }
  return b;
}

function computeBounds(doc: Doc): ClauseBounds {
  const { tokens } = doc;
  const n = tokens.length;
  const hard = new Int32Array(n + 1).fill(n);
  const soft = new Int32Array(n + 1).fill(n);
  for (const s of doc.sentences) {
    for (let k = s.to - 1; k >= s.from; k--) {
      // most words end no clause: one slot read says so (no word compared with "while", "and", …)
      const plain = tokens[k]!.kind === 'word' && clauseWordBits(tokens[k]!) === 0;
      hard[k] = !plain && isHardEnd(tokens, k, s.to) ? k : (hard[k + 1] ?? n);
      soft[k] = !plain && isSoftEnd(tokens, k, s.to) ? k : (soft[k + 1] ?? n);
    }
    hard[s.to] = s.to;
    soft[s.to] = s.to;
  }
  const start = new Int32Array(n + 1).fill(-1);
  const trim = new Int32Array(n + 1);
  for (let k = 1; k <= n; k++) {
    start[k] = isClauseEnd(tokens[k - 1]!) ? k : start[k - 1]!;
    trim[k] = isTrailingPunct(tokens[k - 1]!) ? trim[k - 1]! : k;
  }
  return { hard, soft, start, trim };
}

/** ";", "—", "–": marks of one character, told by their code (this runs twice for every token of the text). */
function isClauseEnd(t: Token): boolean {
  if (t.kind !== 'punct' || t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 59 || c === 0x2014 || c === 0x2013;
}

function isHardEnd(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k]!;
  if (isClauseEnd(t)) return true;
  // 'any process "must be well thought out": "Moves …"': a colon opening a quotation ends the clause
  if (t.text === ':' && /^["“‘']$/.test(tokens[k + 1]?.text ?? '')) return true;
  if ((clauseWordBits(t) & CONTRAST) !== 0) return hasSpeechVerbWithin(tokens, k + 1, Math.min(to, k + 9));
  if (t.text !== ',') return false;
  // "…, with the i reporting …": another source's report joined by "with"
  if (tokens[k + 1]?.lower === 'with' && hasSpeechVerbWithin(tokens, k + 2, Math.min(to, k + 8))) return true;
  // ("said he accepted that Lim was remorseful, but that the sums …": a second that-clause of the same verb)
  if (tokens[k + 2]?.lower === 'that' && (clauseWordBits(tokens[k + 1]!) & CONJUNCTION) !== 0) return false;
  return (
    quoteWords.trailingAdjuncts.has(tokens[k + 1]?.lower ?? '') ||
    (isSpeechVerb(tokens[k + 3]) && !!tokens[k + 1]?.cap) ||
    isSpeakersParticiple(tokens[k + 1])
  );
}

/**
 * "…, describing the footage as …", "…, warning that …", "…, accusing the secretariat of …": after a comma, an -ing
 * form of a speech, naming or judging verb is the speaker's own act, not the reported clause's.
 */
function isSpeakersParticiple(t: Token | undefined): boolean {
  return (
    t?.lower.endsWith('ing') === true &&
    (isSpeechVerb(t) || speechActWords.namingVerbs.has(t.lower) || quoteWords.speakerParticiples.has(t.lower))
  );
}

/** How far back "had" may stand before the "and" of two participles it governs. */
const PERFECT_REACH = 8;

/**
 * "the agency had filed a police report and hired a firm": an event verb after "and", with no comma before
 * it, that "had", "has" or "have" earlier in the clause governs too (the reported clause goes on).
 */
function sharesPerfect(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text === ',') return false;
  for (let j = k - 1; j >= Math.max(0, k - PERFECT_REACH); j--) {
    const w = tokens[j]!;
    if (w.kind === 'punct' && !isPossessiveMark(w)) return false;
    if (PERFECT.has(w.lower)) return true;
  }
  return false;
}

const PERFECT = new Set(['had', 'has', 'have']);

function isSoftEnd(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k]!;
  // "said the plant had lost power and urged residents …", "… but warned that …": a second verb of the speaker
  if ((clauseWordBits(t) & CONJUNCTION) !== 0 && isSpeakerVerb(tokens[k + 1]))
    return isSpeechVerb(tokens[k + 1]) || !sharesPerfect(tokens, k);
  // "said it had sent food, and the United Nations pledged …", ", and the UN humanitarian office OCHA said",
  // ", and Japan's National Police Agency said": a second clause with its own named subject
  if (t.text === ',' && tokens[k + 1]?.lower === 'and') {
    const first = tokens[k + 2];
    if (!first?.cap && !lexicon.articles.has(first?.lower ?? '')) return false;
    let named = false;
    for (let j = k + 2; j < Math.min(to, k + 10); j++) {
      const w = tokens[j]!;
      if (isSpeakerVerb(w)) return named && j > k + 2;
      if (w.kind !== 'word' && !isPossessiveMark(w)) return false;
      if (w.cap) named = true;
    }
  }
  return false;
}

function hasSpeechVerbWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isSpeechVerb(tokens[k])) return true;
  return false;
}

function isTrailingPunct(t: Token): boolean {
  return t.kind === 'punct' && t.text !== '”' && t.text !== '"' && t.text !== '’';
}
