import type { Token } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import type { Attribution } from './attribution.js';

/**
 * "The mother of a student who died of sepsis at the hospital has said": a relative clause that runs up
 * to the verb describes the phrase before it, which is the subject (`phraseBefore`, the speaker phrase
 * ending at a position, is that of the caller).
 */
export function relativeClauseSubject(
  tokens: readonly Token[],
  s: number,
  end: number,
  from: number,
  phraseBefore: (k: number) => Attribution | null,
): Attribution | null {
  if (s < end && s - 1 > from && quoteWords.speakerRelatives.has(tokens[s - 1]!.lower)) {
    const subject = phraseBefore(s - 1);
    if (subject) return subject;
  }
  return null;
}
