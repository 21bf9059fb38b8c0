import type { Token } from '../../text/tokenize.js';
import { timeWords } from '../time-words.js';
import { iso } from './calendar.js';
import { type DateMention, point } from './date-mention.js';

/** "this morning", "this evening": the publication day (null without one). */
export function readThisDayPart(
  tokens: readonly Token[],
  k: number,
  end: number,
  pub: Date | null,
): DateMention | null {
  const w = tokens[k]!.lower;
  const n1 = k + 1 < end ? tokens[k + 1] : undefined;
  if (w === 'this' && n1 && timeWords.thisDayParts.has(n1.lower))
    return point(k, k + 2, pub ? iso(pub) : null);
  return null;
}
