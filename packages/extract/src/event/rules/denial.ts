import type { Trigger } from '../../lexicon/load-lexicons.js';
import { isPossessiveMark, type Token } from '../../text/tokenize.js';
import { cameoVerbs } from '../cameo/read-cameo-verbs.js';
import type { EventInputs } from '../found-event.js';
import type { TriggerHit } from '../trigger-hit.js';
import { speechActWords } from './speech-act-words.js';
import { hasSubject } from './speech-subject.js';

/**
 * "have asserted that the boy's arrest was not …", "have stated they have not received the materials": an
 * assertive verb of saying whose complement is negated denies a claim (REJECT). The negation must follow an
 * auxiliary within the first words of the complement ("that the boy's religion and name were not"), before any
 * mark; the verb needs a subject.
 */
export function denialHitAt(input: EventInputs, k: number, from: number, to: number): TriggerHit | null {
  const { tokens } = input.doc;
  const w = speechActWords;
  if (!w.denials.has(tokens[k]!.lower) || input.reported[k] === 1) return null;
  // ("projects that state auditors said were never built": after a determiner the word is no verb)
  if (speechActWords.denialDeterminers.has(tokens[k - 1]?.lower ?? '')) return null;
  const end = Math.min(to, k + 1 + w.denialWindow);
  let negated = false;
  for (let j = k + 1; j < end - 1 && !negated; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && !isNegation(t) && !isPossessiveMark(t)) break;
    negated = w.auxiliaries.has(t.lower) && isNegation(tokens[j + 1]!);
  }
  if (!negated || !hasSubject(input, k, from)) return null;
  const t: Trigger = { t: tokens[k]!.lower, type: 'REJECT', w: 2, class: 'denial' };
  return { t, from: k, to: k + 1, rule: 'event/denial' };
}

function isNegation(t: Token): boolean {
  return cameoVerbs.negators.has(t.lower);
}
