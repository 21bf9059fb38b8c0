import type { Token } from '../../text/tokenize.js';
import { timeWords } from '../time-words.js';

/** The phrases that refer back to the last day named ("later that day"), by their first word. */
const SAME_DAY_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const p of timeWords.sameDay) SAME_DAY_BY_FIRST.set(p[0]!, [...(SAME_DAY_BY_FIRST.get(p[0]!) ?? []), p]);
export const SAME_DAY_FIRST = new Set(SAME_DAY_BY_FIRST.keys());
const NO_PHRASES: readonly (readonly string[])[] = [];

/** End of a phrase referring back to the last day named that starts at k ("later that day"), or k. */
export function sameDayAt(tokens: readonly Token[], k: number, end: number): number {
  for (const p of SAME_DAY_BY_FIRST.get(tokens[k]!.lower) ?? NO_PHRASES) {
    if (k + p.length > end) continue;
    let ok = true;
    for (let i = 0; i < p.length && ok; i++) ok = tokens[k + i]!.lower === p[i];
    if (ok) return k + p.length;
  }
  return k;
}
