import type { MentionIndex } from '../entity/mention-index.js';
import type { Doc } from '../text/segment.js';
import { findAccordingTo } from './find-according-to.js';
import type { QuotedSpan } from './find-direct-quotes.js';
import { findReportingVerb } from './find-reporting-verb.js';
import { type ReportedSpan, span } from './reported-span.js';
import { isAccordingTo } from './speaker/token-tests.js';

/** Reported speech: "X said (that) …", "according to X, …", "…, X writes, …". */
export function findIndirectQuotes(
  doc: Doc,
  idx: MentionIndex,
  direct: readonly QuotedSpan[],
): ReportedSpan[] {
  const { tokens } = doc;
  const inQuote = new Uint8Array(tokens.length);
  for (const q of direct) for (let k = q.from; k < q.to; k++) inQuote[k] = 1;
  const out: ReportedSpan[] = [];
  for (const s of doc.sentences) {
    if (s.headline) continue;
    let covered = s.from;
    for (let k = s.from; k < s.to; k++) {
      if (k < covered || inQuote[k]) continue;
      const found = isAccordingTo(doc, k)
        ? findAccordingTo(doc, idx, k, s.from, s.to)
        : findReportingVerb(doc, idx, k, s.from, s.to, inQuote);
      const made = found && afterCovered(doc, found, covered);
      if (!made) continue;
      out.push(made);
      covered = Math.max(made.to, made.attribution.cueTo);
    }
  }
  return out;
}

/**
 * Reported clauses of one sentence do not overlap: a clause that reaches back over the previous one starts
 * after it ("A, according to X, and B, according to Y" reports "and B" from Y). Keeps output linear too.
 */
function afterCovered(doc: Doc, made: ReportedSpan, covered: number): ReportedSpan | null {
  if (made.from >= covered) return made;
  let from = covered;
  while (from < made.to && doc.tokens[from]!.kind === 'punct') from++;
  return span(made.kind, from, made.to, made.attribution, made.rule);
}
