import type { Doc } from '../../text/segment.js';
import type { TriggerHit } from '../trigger-hit.js';
import { isAidWord } from './lexicon.js';

/** How many words after "offered" the help offered may stand ("offered two firefighting aircraft"). */
const OFFER_OBJECT_WORDS = 6;

/**
 * "Australia and New Zealand have both offered help", "Turkey offered two firefighting aircraft", "would offer
 * an early second dose": an offer (an intent, AGREE by the dictionary) whose object is help, money lent or
 * given, or goods of relief is aid offered (AID, CAMEO 07); an offer of pay stays a concession (its own class).
 */
export function byAidOffered(doc: Doc, hit: TriggerHit, to: number): TriggerHit {
  const { tokens } = doc;
  if (hit.t.type !== 'AGREE' || !tokens[hit.from]!.lower.startsWith('offer')) return hit;
  for (let j = hit.from + 1; j < Math.min(to, hit.from + 1 + OFFER_OBJECT_WORDS); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') break;
    if (isAidWord(t.lower)) return { ...hit, t: { ...hit.t, type: 'AID' }, rule: 'event/aid-offered' };
  }
  return hit;
}
