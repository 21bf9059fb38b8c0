import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import type { TriggerHit } from '../trigger-hit.js';
import { isDisasterAgent } from './lexicon.js';

/** The PLOVER types of force that a volcano, a fire or a storm cannot use: what they do is a happening. */
const FORCE_TYPES = new Set(['ASSAULT', 'COERCE']);
/** How far before the trigger, in its clause, the natural force may stand ("the volcano began throwing ash"). */
const FORCE_BEFORE = 6;
/** How many words may open the sentence before its subject's head ("A fire", "Heavy rains"). */
const SUBJECT_WORDS = 4;

/**
 * "The volcano began throwing ash and rocks", "a fire broke out …, destroying 14 houses": an act of force
 * whose doer is a natural force (a disaster's word before it in its clause, or the sentence's subject for an
 * -ing clause after a comma) is a happening (OTHER), not an attack or coercion.
 */
export function byNaturalForce(doc: Doc, hit: TriggerHit, from: number): TriggerHit {
  if (!FORCE_TYPES.has(hit.t.type)) return hit;
  const { tokens } = doc;
  let natural = false;
  for (let j = Math.max(from, hit.from - FORCE_BEFORE); j < hit.from && !natural; j++)
    natural = isDisasterAgent(tokens, j);
  if (!natural && tokens[hit.from - 1]?.text === ',' && tokens[hit.from]!.lower.endsWith('ing'))
    natural = opensWithForce(tokens, doc.sentences[doc.sentenceOf[hit.from]!]!.from, hit.from);
  return natural ? { ...hit, t: { ...hit.t, type: 'OTHER' }, rule: 'event/natural-force' } : hit;
}

/** A disaster's word among the first words of the sentence that opens at s ("A fire broke out …"). */
function opensWithForce(tokens: readonly Token[], s: number, before: number): boolean {
  for (let j = s; j < Math.min(before, s + SUBJECT_WORDS); j++) if (isDisasterAgent(tokens, j)) return true;
  return false;
}
