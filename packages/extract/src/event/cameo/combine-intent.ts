import type { Trigger } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { wordBits } from '../../text/word-facts.js';
import { cameoVerbs } from './read-cameo-verbs.js';

/** How the words governing a verb recode it, and the rule that did it (null: unchanged). */
export interface Recoded {
  type: string;
  rule: 'event/modal-demand' | 'event/intent' | 'event/intent-refused' | null;
}

const LOOK_BACK = 4;
/** Lexicon weight of a single verb (1: noun, 3: a phrase such as "talks with"). */
const VERB_WEIGHT = 2;

const DEMAND_MODAL = 1;
const NEGATOR = 2;
const INTENT_ADJECTIVE = 4;
const STARTS_FUTURE = 8;
/** First words of the future phrases ("will", "is going to"): a word that starts none starts no future. */
const FUTURE_FIRST_WORDS = new Set(cameoVerbs.future.map((ws) => ws[0]!));
/**
 * The lists recodeByModal asks about each word before a verb, as bits (a word fact: most words are in none,
 * and it runs for every verb trigger and twice for many).
 */
const intentWordBits = wordBits([
  (w) => cameoVerbs.demandModals.has(w),
  (w) => cameoVerbs.negators.has(w),
  (w) => cameoVerbs.intentAdjectives.has(w),
  (w) => FUTURE_FIRST_WORDS.has(w),
]);

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
    const bits = intentWordBits(tokens[k]!);
    if (bits === 0) continue;
    if ((bits & DEMAND_MODAL) !== 0) return { type: 'REQUEST', rule: 'event/modal-demand' };
    if ((bits & NEGATOR) !== 0) negated = true;
    if (
      ((bits & STARTS_FUTURE) !== 0 && isFutureAt(tokens, k)) ||
      ((bits & INTENT_ADJECTIVE) !== 0 && tokens[k + 1]?.lower === 'to')
    )
      future = true;
  }
  // "will be sentenced", "is to be deported": in the passive the subject undergoes the act, it intends nothing
  if (!future || cameoVerbs.be.has(tokens[at - 1]?.lower ?? '')) return none;
  // "will provide aid", "will meet", "would cooperate", "will deploy": an act kept as its own type is
  // planned, not only intended (planned_acts)
  if (cameoVerbs.cooperative.has(t.type))
    return negated
      ? { type: 'REJECT', rule: 'event/intent-refused' }
      : { type: cameoVerbs.plannedActs.has(t.type) ? t.type : 'AGREE', rule: 'event/intent' };
  if (cameoVerbs.conflictual.has(t.type) && !negated)
    return { type: cameoVerbs.plannedActs.has(t.type) ? t.type : 'THREATEN', rule: 'event/intent' };
  return none;
}

function isFutureAt(tokens: readonly Token[], k: number): boolean {
  return cameoVerbs.future.some((ws) => ws.every((w, j) => tokens[k + j]?.lower === w));
}
