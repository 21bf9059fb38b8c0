import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { isPossessor } from './token-tests.js';

/**
 * "…, with Boswell stating: …": the subject of an absolute -ing clause follows "with" (the name that ends
 * at k, right before the -ing verb at v; none when it owns what follows).
 */
export function absoluteSubject(
  doc: Doc,
  idx: MentionIndex,
  v: number,
  k: number,
  from: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  const absolute = tokens[v]!.lower.endsWith('ing') ? idx.endingAt(k) : undefined;
  if (absolute && absolute.from > from && tokens[absolute.from - 1]?.lower === 'with')
    return isPossessor(doc, absolute.to) ? null : namedSpeaker(absolute, v, cueTo);
  return null;
}
