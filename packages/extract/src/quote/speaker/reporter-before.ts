import type { MentionSpan } from '../../entity/grouping/types.js';
import { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { resolvePronoun } from './resolve-pronoun.js';
import { isPossessor, isSpeechVerb } from './token-tests.js';

/**
 * "…, the UN refugee agency, UNHCR, said on Tuesday, warning that …", "…, Kivi said, adding that …": the
 * name that speaks the reporting verb a few words before the -ing form at v (right before the verb, or in
 * apposition before its comma).
 */
export function reporterBefore(
  doc: Doc,
  idx: MentionIndex,
  v: number,
  from: number,
): MentionSpan | undefined {
  const { tokens } = doc;
  for (let j = v - 2; j > Math.max(from, v - 7); j--) {
    if (!isSpeechVerb(tokens[j])) continue;
    // ('"…," he told the Daily Mirror, adding that …': a personal pronoun speaks the verb)
    const pronoun = tokens[j - 1]!.lower;
    if (MentionIndex.isPersonPronoun(pronoun) && pronoun !== 'his')
      return resolvePronoun(doc, idx, j - 1, pronoun) ?? undefined;
    const m = idx.endingAt(tokens[j - 1]?.text === ',' ? j - 1 : j);
    return m && m.cluster.type !== 'location' && !isPossessor(doc, m.to) ? m : undefined;
  }
  return undefined;
}
