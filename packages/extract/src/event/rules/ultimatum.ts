import type { Trigger } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { hasActorBefore } from '../cameo/find-actor.js';
import type { EventInputs } from '../found-event.js';
import type { TriggerHit } from '../trigger-hit.js';
import { phraseAt, speechActWords } from './speech-act-words.js';

/**
 * "gave the government until Wednesday to reverse the increase", "gave them 48 hours to leave": a deadline given
 * to someone to act demands it (REQUEST), or threatens when a consequence follows ("… or face a strike":
 * THREATEN); the giver must be an actor named before the verb ("the decision gives Brussels until …" is none).
 */
export function ultimatumHitAt(input: EventInputs, k: number, from: number, to: number): TriggerHit | null {
  const { tokens } = input.doc;
  const w = speechActWords;
  const word = tokens[k]!.lower;
  if (!w.ultimatums.has(word)) return null;
  const deadline = deadlineAt(tokens, k + 1, Math.min(to, k + 1 + w.ultimatumWindow));
  if (deadline < 0) return null;
  const act = toVerbAt(tokens, deadline, Math.min(to, deadline + w.ultimatumWindow));
  if (act < 0 || !hasActorBefore(tokens, input.idx, from, k)) return null;
  const threat = consequenceAfter(tokens, act, to);
  const t: Trigger = { t: word, type: threat ? 'THREATEN' : 'REQUEST', w: 2, class: 'ultimatum' };
  return { t, from: k, to: k + 1, rule: 'event/ultimatum' };
}

/** Where the deadline after the verb ends: "until"/"till" and what follows it, or a count of hours or days. */
function deadlineAt(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (speechActWords.ultimatumLimits.has(t.lower)) return j + 1;
    if (speechActWords.ultimatumUnits.has(t.lower) && tokens[j - 1]?.kind === 'number') return j + 1;
    if (t.kind === 'punct' && t.text !== '-') return -1;
  }
  return -1;
}

/** The "to" and a lower-case word after the deadline, before any mark. */
function toVerbAt(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.lower === 'to' && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.cap) return j + 1;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') return -1;
  }
  return -1;
}

function consequenceAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (speechActWords.ultimatumConsequences.some((c) => phraseAt(tokens, j, c))) return true;
  return false;
}
