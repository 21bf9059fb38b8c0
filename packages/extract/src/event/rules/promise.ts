import type { Trigger } from '../../lexicon/load-lexicons.js';
import { findCommitment } from '../cameo/code-commitment.js';
import { hasActorBefore } from '../cameo/find-actor.js';
import type { EventInputs } from '../found-event.js';
import type { TriggerHit } from '../trigger-hit.js';
import { speechActWords } from './speech-act-words.js';

/**
 * "promising a 'formal update' … is forthcoming", "vowed that the reforms would go on": a commitment verb
 * with a noun or a that-clause for object states an intent (AGREE, CAMEO 03); the act it names after it
 * recodes it as the commitment rule does ("vowed a crackdown" threatens). With a "to" complement the
 * dictionary's commitment rule codes it, and a dictionary pattern that matches comes first (the rule runs
 * after the CAMEO verbs). The source actor may stand anywhere before it in the sentence (", promising …").
 */
export function promiseHitAt(input: EventInputs, k: number, _from: number, to: number): TriggerHit | null {
  const { tokens } = input.doc;
  const word = tokens[k]!.lower;
  if (!speechActWords.promises.has(word) || findCommitment(tokens, k + 1)) return null;
  const next = tokens[k + 1];
  if (!next || k + 1 >= to || speechActWords.promiseComplementStarts.has(next.lower)) return null;
  if (next.kind === 'punct' && !/^["“]$/.test(next.text)) return null;
  if (word.endsWith('ing') && speechActWords.adjectiveBefore.has(tokens[k - 1]?.lower ?? '')) return null;
  const s = input.doc.sentences[input.doc.sentenceOf[k]!]!;
  if (!hasActorBefore(tokens, input.idx, s.from, k)) return null;
  const t: Trigger = { t: word, type: 'AGREE', w: 2, class: 'promise' };
  return { t, from: k, to: k + 1, rule: 'event/promise', commitment: { at: k + 1, negated: false } };
}
