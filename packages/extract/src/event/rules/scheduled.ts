import type { Trigger } from '../../lexicon/load-lexicons.js';
import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { cameoVerbs, ploverType } from '../cameo/read-cameo-verbs.js';
import type { EventInputs } from '../found-event.js';
import type { TriggerHit } from '../trigger-hit.js';

const { copulas, cues, verbsAfterTo } = lexicon.schedules;
/** The complements of a schedule cue ("set", "due"), or null: read for every word of a clause without acts. */
const cueComplements = wordFact((w) => cues.get(w) ?? null);

/**
 * "A disciplinary hearing is set for March 7", "The board is scheduled to vote on the budget in June": a
 * clause in which no rule found an act but which says that something is scheduled states a planned happening
 * (OTHER, or the type of a meeting or aid scheduled: "is due to meet" CONSULT). The cue needs a present copula before it and one of its complements after it
 * (data/event-triggers.json, `schedules`); a "to" complement must start with a verb ("is due to report", not
 * "is due to heavy rain").
 */
export function addScheduled(input: EventInputs, hits: TriggerHit[], from: number, to: number): TriggerHit[] {
  if (hits.length > 0) return hits;
  const { tokens } = input.doc;
  for (let k = from + 1; k < to - 1; k++) {
    const complements = cueComplements(tokens[k]!);
    if (complements === null || input.quoted[k] || !copulas.has(tokens[k - 1]!.lower)) continue;
    const next = tokens[k + 1]!.lower;
    if (!complements.has(next) || (next === 'to' && !isVerb(tokens[k + 2]))) continue;
    // ("is due to meet the heads of …": a meeting or aid scheduled keeps its own type, as a planned one does)
    const type = (next === 'to' && plannedActType(tokens[k + 2]!)) || 'OTHER';
    const t: Trigger = { t: tokens[k]!.lower, type, w: 2, class: 'schedule' };
    return [{ t, from: k, to: k + 1, rule: 'event/scheduled' }];
  }
  return hits;
}

/** The type of a dictionary verb whose act keeps its own type when planned ("meet" CONSULT), or null. */
function plannedActType(t: Token): string | null {
  for (const f of cameoVerbs.byFirstWord.get(t.lower) ?? []) {
    if (f.words.length !== 1) continue;
    const type = ploverType(f.cameo);
    if (type && cameoVerbs.plannedActs.has(type)) return type;
  }
  return null;
}

/** A bare verb: one of the schedule's own verbs, or a dictionary verb form not inflected ("report", not "changes"). */
function isVerb(t: Token | undefined): boolean {
  if (t === undefined || t.cap) return false;
  return verbsAfterTo.has(t.lower) || (cameoVerbs.byFirstWord.has(t.lower) && !INFLECTED.test(t.lower));
}

const INFLECTED = /(?:[^s]s|ed|ing)$/;
