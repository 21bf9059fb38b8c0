import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { quoteWords } from '../load-quote-words.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { isPossessor, leadingDeterminers } from './token-tests.js';

/** "PC World's recent analysis … concluded": a body speaks through its report, statement or spokesperson. */
export function documentOwner(
  doc: Doc,
  idx: MentionIndex,
  s: number,
  end: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const owner = ownerOfDocument(doc, idx, s, end);
  if (owner) return namedSpeaker(owner, cueFrom, cueTo);
  return null;
}

/** A named owner ("X's") of a document or spokesperson noun that heads the phrase [s, end). */
export function ownerOfDocument(doc: Doc, idx: MentionIndex, s: number, end: number) {
  const { tokens } = doc;
  const owner = idx.covering(s + leadingDeterminers(tokens, s, end));
  if (!owner || owner.cluster.type === 'person' || !isPossessor(doc, owner.to)) return undefined;
  for (let j = owner.to + 1; j < Math.min(end, owner.to + 4); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.cap) return undefined;
    if (quoteWords.documentNouns.has(t.lower)) return owner;
  }
  return undefined;
}
