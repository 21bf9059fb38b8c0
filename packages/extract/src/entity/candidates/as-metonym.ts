import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Candidate } from './candidate.js';
import { gazetteer } from './entity-gazetteer.js';

/** A capital that speaks or acts ("Nairobi said") stands for its country's government. */
export function asMetonym(doc: Doc, c: Candidate): Candidate {
  if (c.type !== 'location' || c.iso) return c;
  const countryName = lexicon.capitalOf(c.core);
  if (!countryName) return c;
  const next = doc.tokens[c.coreTo];
  const prev = doc.tokens[c.from - 1];
  if (
    !next ||
    !lexicon.speechVerbs.has(next.lower) ||
    entityWords.locativePrepositions.has(prev?.lower ?? '')
  )
    return c;
  const country = lexicon.country(countryName);
  return {
    ...c,
    key: countryName.toLowerCase(),
    form: 'metonym',
    iso: country?.iso ?? null,
    canonical: countryName,
    gaz: gazetteer.lookup(countryName)[0] ?? null,
    rule: 'entity/metonym:capital',
  };
}
