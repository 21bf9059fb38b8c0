import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { subjectOf } from './resolve-pronoun.js';

/**
 * "Azure Sands was fined on Tuesday. It said it had reached a standstill agreement …": "It" opening the
 * sentence before the verb speaks for the organization that is the previous sentence's subject.
 */
export function itBody(
  doc: Doc,
  idx: MentionIndex,
  end: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const w = doc.tokens[end - 1];
  if (w?.lower !== 'it' || end - 1 !== from) return null;
  const i = doc.sentenceOf[from]!;
  if (i === 0 || doc.sentences[i]!.from !== from) return null;
  const subject = subjectOf(doc, idx, doc.sentences[i - 1]!);
  return subject?.cluster.type === 'organization' ? namedSpeaker(subject, cueFrom, cueTo) : null;
}
