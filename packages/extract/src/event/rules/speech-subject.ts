import { hasActorBefore } from '../cameo/find-actor.js';
import type { EventInputs } from '../found-event.js';
import { speechActWords } from './speech-act-words.js';

const { noSubjectBefore, activeAuxiliaries } = speechActWords;

/**
 * Whether the speech verb at `k` has a subject in clause [from, …): a source actor before it, or a noun
 * right before it and its auxiliaries ("the magazine MicroMega describe …", "officials have stated": not
 * every outlet or group is a known name); not a passive ("was described as") nor an infinitive.
 */
export function hasSubject(input: EventInputs, k: number, from: number): boolean {
  const { tokens } = input.doc;
  if (hasActorBefore(tokens, input.idx, from, k)) return true;
  let j = k - 1;
  while (j > from && activeAuxiliaries.has(tokens[j]!.lower)) j--;
  const before = tokens[j];
  return (
    j >= from &&
    before?.kind === 'word' &&
    !noSubjectBefore.has(before.lower) &&
    !activeAuxiliaries.has(before.lower)
  );
}
