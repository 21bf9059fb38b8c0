import type { MentionSpan } from '../../entity/grouping/types.js';
import type { MentionIndex } from '../../entity/mention-index.js';
import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import { quoteWords } from '../load-quote-words.js';
import { type Attribution, namedSpeaker } from './attribution.js';

/**
 * "Matthew Ingram of The Globe and Mail wrote": the person before "of/from/at <organization>" speaks
 * (m: the mention that ends the phrase).
 */
export function affiliatedPerson(
  doc: Doc,
  idx: MentionIndex,
  m: MentionSpan | undefined,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const affiliated = m && m.from > from ? personBeforeAffiliation(doc, idx, m.from, from) : undefined;
  if (affiliated) return namedSpeaker(affiliated, cueFrom, cueTo);
  return null;
}

/** 'Jane Doe of the Daily Ledger': the person mention just before the preposition introducing an organization. */
function personBeforeAffiliation(doc: Doc, idx: MentionIndex, org: number, from: number) {
  const { tokens } = doc;
  const p = lexicon.articles.has(tokens[org - 1]?.lower ?? '') ? org - 2 : org - 1;
  if (!quoteWords.personAffiliationPrepositions.has(tokens[p]?.lower ?? '')) return undefined;
  const person = idx.endingAt(p);
  return person && person.from >= from && person.cluster.type === 'person' ? person : undefined;
}
