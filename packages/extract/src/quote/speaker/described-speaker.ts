import type { Doc } from '../../text/segment.js';
import { quoteWords } from '../load-quote-words.js';
import { type Attribution, describedBy } from './attribution.js';
import { hasNoun } from './token-tests.js';

/**
 * "A senior official said": nobody named, the phrase [s, end) describes the speaker (not a phrase without
 * a noun, nor a lone "it", "this" …).
 */
export function describedSpeaker(
  doc: Doc,
  s: number,
  end: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  if (!hasNoun(tokens, s, end)) return null;
  if (end - s === 1 && quoteWords.emptySubjects.has(tokens[s]!.lower)) return null;
  return describedBy(doc, null, s, end, cueFrom, cueTo);
}
