import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { cameoVerbs } from '../cameo/read-cameo-verbs.js';
import type { Hit } from '../trigger-hit.js';

/** How many words after an act its score may start ("defeated debutants Panama 3 – 0"). */
export const SCORE_GAP = 6;

/**
 * Whether a score follows `from` within a few words, its first number before `to`: two short numbers joined
 * by a dash ("1 – 0", "3-0"; the dash may end the clause), before any comma, and followed by no noun they
 * count ("killing 8–10 people").
 */
export function scoreAfter(tokens: readonly Token[], from: number, to: number): boolean {
  const { dashes, maxDigits } = cameoVerbs.scoreResults;
  for (let k = from; k < Math.min(to, from + SCORE_GAP); k++) {
    const a = tokens[k]!;
    if (a.text === ',' || a.text === ';') return false;
    if (resultPhraseAt(tokens, k)) return true;
    const b = tokens[k + 2];
    if (a.kind !== 'number' || b?.kind !== 'number' || !dashes.has(tokens[k + 1]!.text)) continue;
    const after = tokens[k + 3];
    const counts = after?.kind === 'word' && !after.cap && !lexicon.common.has(after.lower);
    if (a.text.length <= maxDigits && b.text.length <= maxDigits && !counts) return true;
  }
  return false;
}

/**
 * "Sweden crushed South Korea 4 – 0", "beat Panama 3-0": a conflict act (of the listed types) with a score
 * after it is a contest's result (OTHER), not an attack.
 */
export function isScoreResult(tokens: readonly Token[], f: Hit, ct: number): boolean {
  return cameoVerbs.scoreResults.types.has(f.t.type) && scoreAfter(tokens, f.to, ct);
}

/** "on penalties", "after extra time" at token k: a phrase only a contest's result takes. */
function resultPhraseAt(tokens: readonly Token[], k: number): boolean {
  return cameoVerbs.scoreResults.phrases.some((words) => words.every((w, j) => tokens[k + j]?.lower === w));
}
