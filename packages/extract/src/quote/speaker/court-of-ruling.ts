import type { Cluster } from '../../entity/grouping/types.js';
import type { MentionIndex } from '../../entity/mention-index.js';
import { type Doc, sentencesBackFrom } from '../../text/segment.js';
import { quoteWords } from '../load-quote-words.js';

/** How many sentences back "the ruling said" looks for the court. */
const COURT_SENTENCES = 6;

/**
 * '"…," the ruling said' after "The Supreme Court's Criminal Division … sentenced X": a court's document
 * speaks for the last court named before it (an organization with a court's word in its name), within
 * COURT_SENTENCES sentences; null when the noun is no court's document or no court is named.
 */
export function courtOfRuling(doc: Doc, idx: MentionIndex, noun: string, k: number): Cluster | null {
  if (!quoteWords.judicialDocuments.has(noun)) return null;
  const from = sentencesBackFrom(doc, k, COURT_SENTENCES);
  let court: Cluster | null = null;
  for (const m of idx.inRange(from, k)) {
    if (m.cluster.type !== 'organization') continue;
    for (let j = m.from; j < m.to; j++)
      if (quoteWords.courtHeads.has(doc.tokens[j]!.lower)) court = m.cluster;
  }
  return court;
}
