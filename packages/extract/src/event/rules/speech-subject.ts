import { hasActorBefore } from '../cameo/find-actor.js';
import type { EventInputs } from '../found-event.js';

/** Words before a verb that leave it without a subject of its own ("is called", "to describe", "so called"). */
const NO_SUBJECT_BEFORE = /^(is|are|was|were|be|been|being|to|so|a|an|the|and|or)$/;
/** Auxiliaries of an active verb, passed over on the way to its subject ("officials have stated"). */
const ACTIVE_AUXILIARY = /^(have|has|had|'ve|will|would|also|later)$/;

/**
 * Whether the speech verb at `k` has a subject in clause [from, …): a source actor before it, or a noun
 * right before it and its auxiliaries ("the magazine MicroMega describe …", "officials have stated": not
 * every outlet or group is a known name); not a passive ("was described as") nor an infinitive.
 */
export function hasSubject(input: EventInputs, k: number, from: number): boolean {
  const { tokens } = input.doc;
  if (hasActorBefore(tokens, input.idx, from, k)) return true;
  let j = k - 1;
  while (j > from && ACTIVE_AUXILIARY.test(tokens[j]!.lower)) j--;
  const before = tokens[j];
  return (
    j >= from &&
    before?.kind === 'word' &&
    !NO_SUBJECT_BEFORE.test(before.lower) &&
    !ACTIVE_AUXILIARY.test(before.lower)
  );
}
