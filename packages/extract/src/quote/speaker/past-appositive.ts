import type { MentionIndex } from '../../entity/mention-index.js';
import { beforeShortForm } from '../../entity/name-shape.js';
import type { Token } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import { nameEndingAt } from './token-tests.js';

/** How many tokens an appositive set off before the verb may have ("one of three directors who called …"). */
const APPOSITIVE_WORDS = 24;

/**
 * Where the speaker phrase ending at `end` ends once an appositive, a relative clause or a participle phrase
 * set off by commas before the verb is skipped: "John Doe, a Nairobi police officer, reported"; "A Qatari
 * official, who spoke on condition of anonymity, told AFP"; "A diplomat, speaking on condition of anonymity,
 * said". Else `end`.
 */
export function pastAppositive(
  tokens: readonly Token[],
  idx: MentionIndex,
  end: number,
  from: number,
): number {
  if (tokens[end - 1]?.text === ',') {
    for (let j = end - 2; j > from && end - j < APPOSITIVE_WORDS; j--) {
      if (tokens[j]!.text === ',') {
        // ("The Polish People's Party (PSL), a junior partner …, said": past the bracketed abbreviation)
        if (
          nameEndingAt(tokens, idx, beforeShortForm(tokens, j)) ||
          quoteWords.appositiveRelatives.has(tokens[j + 1]?.lower ?? '') ||
          isParticipleOpening(tokens[j + 1])
        )
          return pastAge(tokens, j);
        break;
      }
    }
  }
  return end;
}

/** "A European diplomat, speaking on condition of anonymity, said": a participle in -ing opens the aside. */
function isParticipleOpening(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ing');
}

/** "Mampho Seeiso, 38, who has worked …, said": an age set off by commas before the skipped clause is skipped too. */
function pastAge(tokens: readonly Token[], j: number): number {
  return tokens[j - 1]?.kind === 'number' && tokens[j - 2]?.text === ',' ? j - 2 : j;
}
