import type { MentionIndex } from '../../entity/mention-index.js';
import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { isPossessiveMark } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { quoteWords } from '../load-quote-words.js';

/** How many words a speaker's noun phrase may have. */
export const MAX_NP = 10;

export function isSpeechVerb(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && isSpeechVerbWord(t);
}

const isSpeechVerbWord = wordFact((w) => lexicon.speechVerbs.has(w));

/** "this report", "the statement", "five other states", "many reports": a reporting word used as a noun. */
export function isNounUse(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return (
    prev !== undefined &&
    (prev.kind === 'number' || prev.lower === 'that' || quoteWords.subjectDeterminers.has(prev.lower))
  );
}

/** Position of "according to" starting at k, or -1. */
export function isAccordingTo(doc: Doc, k: number): boolean {
  return doc.tokens[k]?.lower === 'according' && doc.tokens[k + 1]?.lower === 'to';
}

/**
 * How many words a fronted phrase may have ("In a post on X,", "Outside City Hall on Monday,", "At an
 * emotional farewell press conference on Monday afternoon,").
 */
const FRONTED_WORDS = 12;

/** Past a fronted phrase opened by a preposition and closed by a comma ("In Lagos, …"), or `from`. */
export function afterFrontedPhrase(tokens: readonly Token[], from: number, to: number): number {
  // ("However, IUSF acting convener X rejected …": a sentence adverb and its comma)
  if (
    tokens[from + 1]?.text === ',' &&
    tokens[from]!.kind === 'word' &&
    lexicon.english.has(tokens[from]!.lower)
  )
    return from + 2;
  if (!tokens[from]?.cap || !quoteWords.frontedPrepositions.has(tokens[from]!.lower)) return from;
  for (let j = from + 1; j < Math.min(to, from + FRONTED_WORDS); j++)
    if (tokens[j]!.text === ',') return j + 1;
  return from;
}

export function leadingDeterminers(tokens: readonly Token[], s: number, end: number): number {
  let n = 0;
  while (s + n < end && quoteWords.speakerDeterminers.has(tokens[s + n]!.lower)) n++;
  return n;
}

export function isAfterPreposition(tokens: readonly Token[], k: number): boolean {
  // "of the Denver District Court": a determiner may sit between the preposition and the name ("in the state
  // Senate": and a lower-case word after it)
  const modifier =
    tokens[k - 1]?.kind === 'word' && !tokens[k - 1]!.cap && lexicon.articles.has(tokens[k - 2]?.lower ?? '');
  const j = lexicon.articles.has(tokens[k - 1]?.lower ?? '') ? k - 2 : modifier ? k - 3 : k - 1;
  return quoteWords.speakerPrepositions.has(tokens[j]?.lower ?? '');
}

/** The mention that ends at token k, or before the letters written after a name there ("Jane Roe KC,"). */
export function nameEndingAt(tokens: readonly Token[], idx: MentionIndex, k: number) {
  let e = k;
  while (e > 0 && lexicon.postNominals.has(tokens[e - 1]!.text)) e--;
  return idx.endingAt(e);
}

/** "the BBC's John Doe": a mention followed by 's owns the next noun phrase. */
export function isPossessor(doc: Doc, end: number): boolean {
  return isPossessiveMark(doc.tokens[end]);
}

export function hasNoun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (
      t.kind === 'word' &&
      !quoteWords.speakerDeterminers.has(t.lower) &&
      !quoteWords.nounPhraseStops.has(t.lower)
    )
      return true;
  }
  return false;
}
