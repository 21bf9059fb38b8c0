import type { Trigger } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { hasActorBefore } from '../cameo/find-actor.js';
import { isDemandModal } from '../cameo/match-cameo-verb.js';
import type { EventInputs } from '../found-event.js';
import { DYAD_WINDOW, type TriggerHit } from '../trigger-hit.js';

/**
 * "said the rebels must allocate more resources": an actor that must act is the object of a demand
 * (CAMEO 10, REQUEST), whether or not the dictionary knows the verb. "must have" infers, it does not demand.
 */
export function addDemands(input: EventInputs, hits: TriggerHit[], from: number, to: number): TriggerHit[] {
  const { tokens } = input.doc;
  let requests: Set<number> | undefined;
  const added: TriggerHit[] = [];
  for (let k = from + 1; k < to - 1; k++) {
    if (!isDemandModal(tokens[k]!) || input.quoted[k]) continue;
    if (!isDemandedAct(tokens, k + 1)) continue;
    requests ??= new Set(hits.filter((h) => h.t.type === 'REQUEST').map((h) => h.from));
    if (requests.has(k) || requests.has(k + 1) || requests.has(k + 2) || requests.has(k + 3)) continue;
    if (!hasActorBefore(tokens, input.idx, Math.max(from, k - DYAD_WINDOW), k)) continue;
    const t: Trigger = { t: tokens[k]!.lower, type: 'REQUEST', w: 2, class: 'demand' };
    added.push({ t, from: k, to: k + 1, rule: 'event/modal-demand' });
  }
  return added.length === 0 ? hits : [...hits, ...added].sort((a, b) => a.from - b.from);
}

/** "must return", "must be punished", not "must have known" nor "must be a mistake". */
function isDemandedAct(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  if (verb?.kind !== 'word' || verb.cap || verb.lower === 'have') return false;
  return verb.lower !== 'be' || /(ed|en)$/.test(tokens[k + 1]?.lower ?? '');
}
