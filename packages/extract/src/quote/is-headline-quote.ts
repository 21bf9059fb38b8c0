import type { Doc } from '../text/segment.js';
import type { QuotedSpan } from './find-direct-quotes.js';

/**
 * Headlines put quoted words in quotation marks ("'Large-scale attack' against Bhutto …"): a quote of two
 * words or more in the headline counts, unless every word is capitalized (a title of a work or a name).
 */
export function isHeadlineQuote(doc: Doc, q: QuotedSpan): boolean {
  if (!doc.sentences[doc.sentenceOf[q.open]!]!.headline) return false;
  let words = 0;
  let lower = 0;
  for (let k = q.from; k < q.to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (!t.cap) lower++;
  }
  return words >= 2 && lower > 0;
}
