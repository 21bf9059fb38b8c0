import type { Trigger } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { hasActorBefore } from '../cameo/find-actor.js';
import type { EventInputs } from '../found-event.js';
import type { TriggerHit } from '../trigger-hit.js';
import { phraseAt, speechActWords } from './speech-act-words.js';

/**
 * "warned that the federation would be expelled if the deadline was not met", "warned that Seoul would 'pay
 * dearly'": a warning whose clause says what the speaker's side would do, on a condition or as a consequence
 * threatened, is a threat (THREATEN). "warned that stocks would run out" names no act of anyone's.
 */
export function warningHitAt(input: EventInputs, k: number, _from: number, _to: number): TriggerHit | null {
  const { tokens } = input.doc;
  const word = tokens[k]!.lower;
  if (!speechActWords.warnings.has(word)) return null;
  const s = input.doc.sentences[input.doc.sentenceOf[k]!]!;
  const that = thatAfter(tokens, k + 1, Math.min(s.to, k + 1 + speechActWords.warningWindow));
  if (that < 0 || !threatens(tokens, that + 1, s.to)) return null;
  if (!hasActorBefore(tokens, input.idx, s.from, k)) return null;
  const t: Trigger = { t: word, type: 'THREATEN', w: 2, class: 'warning' };
  return { t, from: k, to: k + 1, rule: 'event/warning' };
}

/** Position of the "that" opening the warned clause in [from, to), before any mark, or -1. */
function thatAfter(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    if (tokens[j]!.lower === 'that') return j;
    if (tokens[j]!.kind === 'punct') return -1;
  }
  return -1;
}

/** A modal in [from, to) with a condition or a threatened consequence after it. */
function threatens(tokens: readonly Token[], from: number, to: number): boolean {
  let modal = false;
  for (let j = from; j < to; j++) {
    const w = tokens[j]!.lower;
    if (!modal) {
      modal = speechActWords.warningModals.has(w);
      continue;
    }
    if (speechActWords.warningConditions.has(w)) return true;
    if (speechActWords.warningConsequences.some((c) => phraseAt(tokens, j, c))) return true;
  }
  return false;
}
