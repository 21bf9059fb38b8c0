import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { isPossessor, isSpeechVerb } from './token-tests.js';

/**
 * "Professor Jane Doe, director of …, and chair of …, says" / "Jane Doe for the Food Agency, says": the
 * person opening the sentence is the subject of a verb right after a comma.
 */
export function openingPerson(
  doc: Doc,
  idx: MentionIndex,
  end: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  const opening = tokens[end - 1]?.text === ',' && end === cueFrom ? idx.covering(from) : undefined;
  if (
    opening &&
    opening.from === from &&
    opening.cluster.type === 'person' &&
    !isPossessor(doc, opening.to) &&
    !hasVerbBetween(tokens, opening.to, end - 1)
  )
    return namedSpeaker(opening, cueFrom, cueTo);
  return null;
}

/** A speech verb or a finite auxiliary between two positions: a clause, not an appositive. */
function hasVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (isSpeechVerb(t) || (!t.cap && quoteWords.appositiveAuxiliaries.has(t.lower))) return true;
  }
  return false;
}
