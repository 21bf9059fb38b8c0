import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { cameoVerbs } from '../cameo/read-cameo-verbs.js';
import type { Hit } from '../trigger-hit.js';

/** How many words after the act its score may start ("defeated debutants Panama 3 – 0"). */
const SCORE_GAP = 6;

/**
 * "Sweden defeated South Korea 1 – 0", "beat Panama 3-0": a conflict act in a clause that states a score
 * is a contest's result (OTHER), not an attack. A score is two short numbers joined by a dash, in the act's
 * clause or right after the dash that ends it, and followed by no noun they count ("killing 8–10 people").
 */
export function isScoreResult(tokens: readonly Token[], f: Hit, sentenceTo: number): boolean {
  const { types, dashes, maxDigits } = cameoVerbs.scoreResults;
  if (!types.has(f.t.type)) return false;
  // the dash ends the clause: the score is looked for up to the sentence end, a few words after the act
  for (let k = f.to; k + 2 < Math.min(sentenceTo, f.to + SCORE_GAP + 2); k++) {
    const a = tokens[k]!;
    if (a.text === ',' || a.text === ';') return false;
    const b = tokens[k + 2]!;
    if (a.kind !== 'number' || b.kind !== 'number' || !dashes.has(tokens[k + 1]!.text)) continue;
    // "killing 8–10 people": numbers that count something are no score
    const after = tokens[k + 3];
    const counts = after?.kind === 'word' && !after.cap && !lexicon.common.has(after.lower);
    if (a.text.length <= maxDigits && b.text.length <= maxDigits && !counts) return true;
  }
  return false;
}
