import type { MentionSpan } from '../../entity/grouping/types.js';
import type { Doc } from '../../text/segment.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { groupOf } from './group-of.js';
import { isAfterPreposition, isPossessor } from './token-tests.js';

/**
 * "Jane Doe said", "the World Health Organization said": the mention m that ends the phrase right before
 * the verb speaks, unless it owns what follows or a preposition governs it; a group of it speaks as the
 * group (`groupOf`).
 */
export function mentionBefore(
  doc: Doc,
  m: MentionSpan | undefined,
  end: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  if (m && m.from >= from && !isPossessor(doc, m.to) && !isAfterPreposition(doc.tokens, m.from)) {
    return groupOf(doc, m.from, end, from, cueFrom, cueTo) ?? namedSpeaker(m, cueFrom, cueTo);
  }
  return null;
}
