import type { MentionIndex } from '../../entity/mention-index.js';
import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { isPossessor } from './token-tests.js';

/**
 * "Radio Mada, a private station in Kenya had stated": a phrase [s, end) after a comma that opens with an
 * article is in apposition to the name before it, which speaks.
 */
export function appositiveHead(
  doc: Doc,
  idx: MentionIndex,
  s: number,
  end: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  const apposHead = idx.inRange(Math.max(from, s - 12), s).filter((x) => !isPossessor(doc, x.to));
  if (tokens[s - 1]?.text === ',' && apposHead.length > 0 && isAppositive(tokens, s, end)) {
    const head = apposHead[apposHead.length - 1]!;
    return namedSpeaker(head, cueFrom, cueTo);
  }
  return null;
}

function isAppositive(tokens: readonly Token[], s: number, end: number): boolean {
  const first = tokens[s]?.lower ?? '';
  return lexicon.articles.has(first ?? '') && end - s <= 12;
}
