import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { subjectOf } from './resolve-pronoun.js';
import { afterFrontedPhrase } from './token-tests.js';

/**
 * "Azure Sands was fined on Tuesday. It said it had reached a standstill agreement …": "It" opening the
 * sentence (or after a fronted phrase: "In a statement, it said") before the verb speaks for the organization
 * that is the previous sentence's subject.
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
  if (w?.lower !== 'it') return null;
  const i = doc.sentenceOf[end - 1]!;
  const start = doc.sentences[i]!.from;
  // ("In a statement, it said …": past a fronted phrase that opens the sentence)
  if (
    i === 0 ||
    from > start ||
    (end - 1 !== start && end - 1 !== afterFrontedPhrase(doc.tokens, start, end))
  )
    return null;
  const subject = subjectOf(doc, idx, doc.sentences[i - 1]!);
  return subject?.cluster.type === 'organization' ? namedSpeaker(subject, cueFrom, cueTo) : null;
}
