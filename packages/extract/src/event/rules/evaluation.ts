import type { Trigger } from '../../lexicon/load-lexicons.js';
import { isPossessiveMark, isQuoteMark, type Token } from '../../text/tokenize.js';
import type { EventInputs } from '../found-event.js';
import type { TriggerHit } from '../trigger-hit.js';
import { speechActWords } from './speech-act-words.js';
import { hasSubject } from './speech-subject.js';

/**
 * "has called the sentence 'dangerous'", "describe the court's judgement as historic": a verb that names
 * or describes its object, with a word of blame or praise after that object, states a judgement of it:
 * ACCUSE for blame, SUPPORT for praise (PLOVER codes criticizing and praising as speech acts). The object
 * must stand between the verb and the word ("described as historic" names no judge), the verb needs a
 * source actor before it, and a negated word ("not dangerous") judges nothing.
 */
export function evaluationHitAt(input: EventInputs, k: number, from: number, to: number): TriggerHit | null {
  const { tokens } = input.doc;
  const w = speechActWords;
  if (!w.namingVerbs.has(tokens[k]!.lower)) return null;
  if (w.namingParticles.has(tokens[k + 1]?.lower ?? '')) return null;
  // "describe the judgement as historic": the clause splitter cuts before "as", the sentence does not
  const s = input.doc.sentences[input.doc.sentenceOf[k]!]!;
  const end = Math.min(Math.max(to, s.to), k + 1 + w.evaluativeWindow);
  let words = 0;
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      // quote marks and the possessive "'s" ("the court's judgement") stay inside the object
      if (isQuoteMark(t) || isPossessiveMark(t)) continue;
      return null;
    }
    if (w.objectStops.has(t.lower)) return null;
    const polarity = w.negative.has(t.lower) ? 'ACCUSE' : w.positive.has(t.lower) ? 'SUPPORT' : null;
    if (polarity && words > 0 && !negated(tokens, j) && (!t.cap || isQuoteMark(tokens[j - 1]))) {
      if (!hasSubject(input, k, from)) return null;
      const trigger: Trigger = { t: tokens[k]!.lower, type: polarity, w: 2, class: `evaluation:${polarity}` };
      return { t: trigger, from: k, to: k + 1, rule: 'event/evaluation' };
    }
    if (t.lower !== 'as') words++;
  }
  return null;
}

/** "not dangerous", "no victory": the word right before (a quote mark aside) negates it. */
function negated(tokens: readonly Token[], j: number): boolean {
  const before = isQuoteMark(tokens[j - 1]) ? tokens[j - 2] : tokens[j - 1];
  return speechActWords.negators.has(before?.lower ?? '');
}
