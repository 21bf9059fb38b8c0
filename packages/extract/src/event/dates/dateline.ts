import type { Token } from '../../text/tokenize.js';
import type { DateMention } from './date-mention.js';

/** "BRISBANE, Australia, Feb. 3 — …": the date of the dispatch, not of an event. */
export function isDateline(tokens: readonly Token[], from: number, m: DateMention): boolean {
  if (!/^(—|–|--|-)$/.test(tokens[m.to]?.text ?? '') || m.from - from > 8) return false;
  for (let k = from; k < m.from; k++) {
    const t = tokens[k]!;
    if (!(t.cap || t.text === ',' || t.text === '.' || t.text === '(' || t.text === ')')) return false;
  }
  return true;
}
