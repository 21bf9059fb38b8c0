import { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { type Attribution, spokenBy } from './attribution.js';
import { resolvePronoun } from './resolve-pronoun.js';

/** "…," she said: a personal pronoun right before the verb speaks for the person it stands for. */
export function pronounBefore(
  doc: Doc,
  idx: MentionIndex,
  end: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const w = doc.tokens[end - 1];
  if (w && end - 1 >= from && MentionIndex.isPersonPronoun(w.lower)) {
    const p = resolvePronoun(doc, idx, end - 1, w.lower);
    return spokenBy(p?.cluster ?? null, null, end - 1, end, cueFrom, cueTo);
  }
  return null;
}
