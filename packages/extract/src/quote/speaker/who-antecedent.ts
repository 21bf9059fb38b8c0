import type { MentionIndex } from '../../entity/mention-index.js';
import { beforeShortForm } from '../../entity/name-shape.js';
import type { Token } from '../../text/tokenize.js';
import { type Attribution, namedSpeaker } from './attribution.js';

/**
 * "…, said its chairman Tariq Mehmood, who added that …", "the Taoyuan Department of Labor, which said …",
 * "the Seamen's Union (SWU), which says …": the relative pronoun's antecedent speaks (a person after "who",
 * an organization after "which").
 */
export function whoAntecedent(
  tokens: readonly Token[],
  idx: MentionIndex,
  end: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const w = tokens[end - 1]?.lower;
  if ((w === 'who' || w === 'which') && tokens[end - 2]?.text === ',') {
    const antecedent = idx.endingAt(beforeShortForm(tokens, end - 2));
    const type = w === 'who' ? 'person' : 'organization';
    if (antecedent?.cluster.type === type) return namedSpeaker(antecedent, cueFrom, cueTo);
  }
  return null;
}
