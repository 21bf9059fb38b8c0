import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { quoteWords } from '../load-quote-words.js';
import { type Attribution, describedBy } from './attribution.js';
import { leadingDeterminers } from './token-tests.js';

/** "a spokesperson for the European Commission said": the body speaks through its spokesperson. */
export function spokespersonFor(
  doc: Doc,
  idx: MentionIndex,
  s: number,
  end: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  const head = s + leadingDeterminers(tokens, s, end);
  if (
    quoteWords.spokesHeads.has(tokens[head]?.lower ?? '') &&
    quoteWords.spokesPrepositions.has(tokens[head + 1]?.lower ?? '')
  ) {
    const body = idx.endingAt(end);
    // ("a spokeswoman for Prime Minister Anthony Albanese": a person speaks through a spokesperson "for" them)
    const through = body?.cluster.type !== 'person' || tokens[head + 1]!.lower === 'for';
    if (body && body.from >= head + 2 && through) {
      return describedBy(doc, body.cluster, s, end, cueFrom, cueTo);
    }
  }
  return null;
}
