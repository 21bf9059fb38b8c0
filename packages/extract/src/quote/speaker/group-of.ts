import type { Doc } from '../../text/segment.js';
import { quoteWords } from '../load-quote-words.js';
import { type Attribution, describedBy } from './attribution.js';

/**
 * "Supporters of the opposition leader Nawaz Sharif shouted": a group of somebody speaks as the group, so
 * the speaker is described ("Supporters of …"), not the person named at the end of the phrase.
 */
export function groupOf(
  doc: Doc,
  name: number,
  end: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  for (let j = name - 1; j >= Math.max(from + 1, name - 5); j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return null;
    if (t.lower !== 'of') continue;
    if (!quoteWords.groupHeads.has(tokens[j - 1]!.lower)) return null;
    const s =
      j - 1 - (quoteWords.speakerDeterminers.has(tokens[j - 2]?.lower ?? '') && j - 2 >= from ? 1 : 0);
    return describedBy(doc, null, s, end, cueFrom, cueTo);
  }
  return null;
}
