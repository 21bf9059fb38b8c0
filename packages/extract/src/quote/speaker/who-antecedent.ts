import type { MentionIndex } from '../../entity/mention-index.js';
import type { Token } from '../../text/tokenize.js';
import { type Attribution, namedSpeaker } from './attribution.js';

/** "…, said its chairman Tariq Mehmood, who added that …": the relative pronoun's antecedent speaks. */
export function whoAntecedent(
  tokens: readonly Token[],
  idx: MentionIndex,
  end: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  if (tokens[end - 1]?.lower === 'who' && tokens[end - 2]?.text === ',') {
    const antecedent = idx.endingAt(end - 2);
    if (antecedent?.cluster.type === 'person') return namedSpeaker(antecedent, cueFrom, cueTo);
  }
  return null;
}
