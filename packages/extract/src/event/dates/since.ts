import { iso } from './calendar.js';
import { type DateMention, point } from './date-mention.js';

/** A mention, or a "since …" interval up to publication when "since" comes right before it. */
export function mark(
  a: number,
  b: number,
  edtf: string | null,
  prev: string,
  from: number,
  pub: Date | null,
): DateMention {
  if (prev !== 'since' || a <= from) return point(a, b, edtf);
  if (!edtf || !pub || edtf.includes('/'))
    return { from: a - 1, to: b, edtf: null, since: true, point: edtf };
  const now = iso(pub);
  return { from: a - 1, to: b, edtf: edtf === now ? now : `${edtf}/${now}`, since: true, point: edtf };
}
