import type { Token } from '../../text/tokenize.js';
import { cameoVerbs } from './read-cameo-verbs.js';

/** The act a commitment verb governs: where its verb starts, and whether it is refused ("vowed not to"). */
export interface Commitment {
  at: number;
  negated: boolean;
}

/** "promised to continue …", "vowed not to return …": the complement after a commitment verb ending at `to`. */
export function findCommitment(tokens: readonly Token[], to: number): Commitment | null {
  let k = to;
  const negated = cameoVerbs.negators.has(tokens[k]?.lower ?? '');
  if (negated) k++;
  if (tokens[k]?.lower !== 'to' || tokens[k + 1]?.kind !== 'word') return null;
  return { at: k + 1, negated };
}

/**
 * PETRARCH's verb combination for a commitment: the intent to a conflictual act is a threat (CAMEO 13),
 * to any other act an intent to cooperate (03, AGREE); refusing a cooperative act rejects it (12), and
 * promising not to commit a conflictual one is again an intent to cooperate.
 */
export function commitmentType(actType: string | null, negated: boolean): string {
  const conflictual = actType !== null && cameoVerbs.conflictual.has(actType);
  if (conflictual) return negated ? 'AGREE' : 'THREATEN';
  const cooperative = actType !== null && cameoVerbs.cooperative.has(actType);
  return negated && cooperative ? 'REJECT' : 'AGREE';
}
