import type { MentionIndex } from '../../entity/mention-index.js';
import type { Token } from '../../text/tokenize.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { nameEndingAt } from './token-tests.js';

/** "Its governor, Jane Doe, warned": the name in apposition to a role is the speaker. */
export function nameInApposition(
  tokens: readonly Token[],
  idx: MentionIndex,
  end: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const named = tokens[end - 1]?.text === ',' ? nameEndingAt(tokens, idx, end - 1) : undefined;
  if (named && named.cluster.type === 'person' && named.from > from && tokens[named.from - 1]?.text === ',') {
    return namedSpeaker(named, cueFrom, cueTo);
  }
  return null;
}
