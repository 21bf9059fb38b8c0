import type { Token } from '../../text/tokenize.js';
import { timeWords } from '../time-words.js';
import type { DateMention } from './date-mention.js';

/** "five days later", "a week later", "2 days later": the last day named and days to add to it, or null. */
export function daysLater(tokens: readonly Token[], k: number, end: number): DateMention | null {
  if (k + 2 >= end || !timeWords.laterWords.has(tokens[k + 2]!.lower)) return null;
  const t = tokens[k]!;
  const count =
    t.kind === 'number' && /^\d{1,2}$/.test(t.text) ? Number(t.text) : timeWords.laterCounts.get(t.lower);
  const unit = timeWords.laterUnits.get(tokens[k + 1]!.lower);
  if (!count || !unit) return null;
  return {
    from: k,
    to: k + 3,
    edtf: null,
    since: false,
    point: null,
    sameDay: true,
    offsetDays: count * unit,
  };
}
