import type { MentionSpan } from '../../entity/grouping/types.js';
import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { quoteWords } from '../load-quote-words.js';
import { type Attribution, namedSpeaker } from './attribution.js';

/**
 * "according to final results published by the Central Election Commission", "figures compiled by Yle",
 * "the preliminary announcement sent by X to the regulator", "a statement from X": a described speaker that
 * is a document gives way to its author, named after "<participle> by" or "<document> from" inside the
 * phrase; `a` unchanged when there is none.
 */
export function authorAfterBy(doc: Doc, idx: MentionIndex, a: Attribution | null): Attribution | null {
  if (!a || a.speaker) return a;
  const author = authorIn(doc, idx, a.speakerFrom, a.speakerTo);
  return author ? { ...namedSpeaker(author, a.cueFrom, a.cueTo), speakerFrom: a.speakerFrom } : a;
}

/**
 * The mention right after "<authoring participle> by [the]" or "<document noun> from [the]" ("a statement from
 * the European Commission") in [from, to), if any.
 */
function authorIn(doc: Doc, idx: MentionIndex, from: number, to: number): MentionSpan | undefined {
  const { tokens } = doc;
  for (let k = from + 1; k + 1 < to; k++) {
    const w = tokens[k]!.lower;
    const before = tokens[k - 1]!.lower;
    // ("a 2025 study by the Somali Fisheries Research Centre": a document's noun right before "by" too)
    const by =
      w === 'by' && (quoteWords.authoringParticiples.has(before) || quoteWords.documentNouns.has(before));
    if (!by && !(w === 'from' && quoteWords.documentNouns.has(before))) continue;
    const at = tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    const m = idx.covering(at);
    return m && m.from === at ? m : undefined;
  }
  return undefined;
}
