import type { Token } from '../../text/tokenize.js';
import { type DateMention, point } from './date-mention.js';

/**
 * "between November 2021 and May 2023": chrono reads the two dates apart (it joins only "from … to …"); after
 * "between", two dates joined by "and" are the interval from the first to the second.
 */
export function joinBetween(tokens: readonly Token[], dates: DateMention[]): DateMention[] {
  for (let i = dates.length - 2; i >= 0; i--) {
    const x = dates[i]!;
    const y = dates[i + 1]!;
    if (
      tokens[x.from - 1]?.lower === 'between' &&
      tokens[x.to]?.lower === 'and' &&
      y.from === x.to + 1 &&
      x.edtf &&
      y.edtf &&
      !x.edtf.includes('/') &&
      !y.edtf.includes('/') &&
      x.edtf < y.edtf
    )
      dates.splice(i, 2, point(x.from, y.to, `${x.edtf}/${y.edtf}`));
  }
  return dates;
}
