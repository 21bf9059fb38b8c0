import type { MentionIndex } from '../entity/mention-index.js';
import type { Doc } from '../text/segment.js';
import { clauseEnd } from './find-clause-bounds.js';
import { reportedStart } from './find-trailing-attribution.js';
import { isCloseQuote, type ReportedSpan, span } from './reported-span.js';
import { speakerAfterAccording } from './speaker/speaker-after-according.js';

/** quote/indirect:according-to — "According to X, CLAUSE." or "CLAUSE, according to X." */
export function findAccordingTo(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  from: number,
  to: number,
): ReportedSpan | null {
  const { tokens } = doc;
  const attribution = speakerAfterAccording(doc, idx, k, to);
  if (!attribution) return null;
  // "… has learned that according to X, CLAUSE": the clause follows as at the start of a sentence
  const opens =
    k === from || (k === from + 1 && tokens[from]!.kind === 'punct') || tokens[k - 1]?.lower === 'that';
  if (opens) {
    // "According to X, CLAUSE."
    let c = attribution.speakerTo;
    while (c < to && tokens[c]!.text !== ',') c++;
    // "According to Jane Doe the plan failed": no comma after a named speaker
    if (c >= to && attribution.speaker) c = attribution.speakerTo - 1;
    return span('indirect', c + 1, clauseEnd(doc, c + 1, to), attribution, 'quote/indirect:according-to');
  }
  let end = k;
  while (end > from && tokens[end - 1]!.kind === 'punct' && !isCloseQuote(tokens[end - 1]!)) end--;
  // (past an opening dateline and a connective: "SEOUL, March 14 (Yonhap) -- …, according to the ministry")
  return span('indirect', reportedStart(doc, from, end), end, attribution, 'quote/indirect:according-to');
}
