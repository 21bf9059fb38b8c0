import type { Trigger } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { cameoVerbs } from './read-cameo-verbs.js';

/** How the words governing a verb recode it, and the rule that did it (null: unchanged). */
export interface Recoded {
  type: string;
  rule: 'event/modal-demand' | 'event/intent' | 'event/intent-refused' | null;
}

const LOOK_BACK = 4;
/** Lexicon weight of a single verb (1: noun, 3: a phrase such as "talks with"). */
const VERB_WEIGHT = 2;

/**
 * PETRARCH's verb combination: "must withdraw" demands (REQUEST); "will provide", "is willing to
 * withdraw" state an intent (cooperative act → AGREE, conflictual → THREATEN); "will not accept" refuses
 * (cooperative act → REJECT). Only verbs are recoded; nouns name the happening itself.
 */
export function recodeByModal(tokens: readonly Token[], t: Trigger, at: number, cf: number): Recoded {
  const none: Recoded = { type: t.type, rule: null };
  // a phrase ("talks with") names the happening, like a noun; only a single verb is governed
  if (t.w !== VERB_WEIGHT || t.t.includes(' ')) return none;
  const from = Math.max(cf, at - LOOK_BACK);
  let future = false;
  let negated = false;
  for (let k = from; k < at; k++) {
    const w = tokens[k]!.lower;
    if (cameoVerbs.demandModals.has(w)) return { type: 'REQUEST', rule: 'event/modal-demand' };
    if (cameoVerbs.negators.has(w)) negated = true;
    if (isFutureAt(tokens, k) || (cameoVerbs.intentAdjectives.has(w) && tokens[k + 1]?.lower === 'to'))
      future = true;
  }
  // "will be sentenced", "is to be deported": in the passive the subject undergoes the act, it intends nothing
  if (!future || cameoVerbs.be.has(tokens[at - 1]?.lower ?? '')) return none;
  // "will provide aid", "will meet": an act kept as its own type is planned, not only intended (kept_acts)
  if (cameoVerbs.cooperative.has(t.type))
    return negated
      ? { type: 'REJECT', rule: 'event/intent-refused' }
      : { type: cameoVerbs.keptActs.has(t.type) ? t.type : 'AGREE', rule: 'event/intent' };
  if (cameoVerbs.conflictual.has(t.type) && !negated) return { type: 'THREATEN', rule: 'event/intent' };
  return none;
}

function isFutureAt(tokens: readonly Token[], k: number): boolean {
  return cameoVerbs.future.some((ws) => ws.every((w, j) => tokens[k + j]?.lower === w));
}
