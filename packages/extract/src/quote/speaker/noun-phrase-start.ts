import type { MentionIndex } from '../../entity/mention-index.js';
import type { Token } from '../../text/tokenize.js';
import { isPossessiveMark } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import { MAX_NP } from './token-tests.js';

/** Where the noun phrase that ends at `end` starts: back to a clause boundary, at most MAX_NP words. */
export function nounPhraseStart(
  tokens: readonly Token[],
  idx: MentionIndex,
  end: number,
  from: number,
): number {
  let s = end;
  let words = 0;
  while (s > from && words < MAX_NP) {
    // ("a district engineer of the Department of Public Works and Highways": a name counts as one word and
    // its own "and" ends nothing)
    const name = idx.covering(s - 1);
    if (name && name.from < s - 1 && name.from >= from) {
      s = name.from;
      words++;
      continue;
    }
    const t = tokens[s - 1]!;
    if (t.kind === 'punct' && !isPossessiveMark(t) && t.text !== '-') break;
    if (quoteWords.speakerPhraseStops.has(t.lower)) break;
    s--;
    words++;
  }
  return s;
}
