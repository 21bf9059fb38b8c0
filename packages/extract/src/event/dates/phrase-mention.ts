import type { Token } from '../../text/tokenize.js';
import { addDays, iso } from './calendar.js';
import { type DateMention, point } from './date-mention.js';
import { namesIn } from './names-in.js';
import { earlierThis, periodOf, weekOf } from './periods.js';
import { mark } from './since.js';

/**
 * mentionOf for a phrase of phraseAlone, from what chrono's result for it holds: "yesterday" and "today"
 * a certain day, month and year (those of the publication day or the one before: chrono reads them at noon
 * UTC of it, and a certain year is not shifted), no end, no weekday, and "this month" / "this year" a
 * certain month or year. Undefined when its tokens hold a name or a year (then chrono reads the window).
 */
export function phraseMention(
  phrase: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  from: number,
  pub: Date | null,
): DateMention | null | undefined {
  if (namesIn(tokens, a, b) !== 0) return undefined;
  const prev = a > from ? tokens[a - 1]!.lower : '';
  if (!pub) return mark(a, b, null, prev, from, pub);
  if (phrase === 'yesterday' || phrase === 'today')
    return mark(a, b, iso(phrase === 'today' ? pub : addDays(pub, -1)), prev, from, pub);
  const [modifier, unit] = phrase.split(' ') as [string, string];
  if (prev === 'earlier' && modifier === 'this') return point(a - 1, b, earlierThis(unit, pub));
  if (unit === 'week') return point(a, b, weekOf(modifier, tokens, from, a, pub, pub));
  return mark(a, b, periodOf(unit, pub), prev, from, pub);
}
