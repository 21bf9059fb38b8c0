import type { MentionIndex } from '../../entity/mention-index.js';
import type { Token } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import { nameEndingAt } from './token-tests.js';

/**
 * Where the speaker phrase ending at `end` ends once an appositive or a relative clause set off by commas
 * before the verb is skipped: "John Doe, a Nairobi police officer, reported"; "A Qatari official, who spoke
 * on condition of anonymity, told AFP". Else `end`.
 */
export function pastAppositive(
  tokens: readonly Token[],
  idx: MentionIndex,
  end: number,
  from: number,
): number {
  if (tokens[end - 1]?.text === ',') {
    for (let j = end - 2; j > from && end - j < 16; j--) {
      if (tokens[j]!.text === ',') {
        if (nameEndingAt(tokens, idx, j) || quoteWords.appositiveRelatives.has(tokens[j + 1]?.lower ?? ''))
          return j;
        break;
      }
    }
  }
  return end;
}
