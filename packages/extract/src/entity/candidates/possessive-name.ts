import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import { isPossessiveMark, type Token } from '../../text/tokenize.js';
import { spanText } from '../name-shape.js';
import { type Candidate, makeCandidate } from './candidate.js';
import { gazetteer } from './entity-gazetteer.js';
import { extendRun } from './extend-run.js';
import { bracketedAcronym } from './token-shape.js';

/** "Kenya's Supreme Court": a known name written as a possessive. */
export function possessiveName(doc: Doc, i: number, j: number, end: number): Candidate | null {
  const { tokens } = doc;
  const apostrophe = tokens[j];
  const next = tokens[j + 1];
  if (!apostrophe || !next || !isPossessiveMark(apostrophe) || !next.cap || j + 1 >= end) return null;
  const k = extendRun(tokens, j + 1, end);
  const text = spanText(tokens, i, k);
  const gaz = gazetteer.lookup(text)[0];
  // "Russia's Defense Ministry", "Ukraine's Air Force": a country's institution named by common words is that
  // country's (not one "Defense Ministry" for Russia's and Germany's)
  if (!gaz && lexicon.country(spanText(tokens, i, j)) && isGenericInstitution(tokens, j + 1, k)) {
    const c = makeCandidate(doc, i, k, i, k, {
      type: 'organization',
      form: 'possessive',
      titles: [],
      uncertain: false,
      rule: 'entity/possessive',
    });
    // ("… State Committee for National Security (GKNB)": the abbreviation names it)
    c.acronym = bracketedAcronym(tokens, k);
    return c;
  }
  if (!gaz) return null;
  return makeCandidate(doc, i, k, i, k, {
    type: gaz.type,
    form: 'possessive',
    titles: [],
    uncertain: false,
    rule: 'entity/possessive',
    gaz,
    canonical: gaz.name,
  });
}

/**
 * "Defense Ministry", "Air Force", "State Committee for National Security": capitalized words that are all
 * organization heads, portfolios or English words (with "for"/"of" inside), one of them a head.
 */
function isGenericInstitution(tokens: readonly Token[], from: number, to: number): boolean {
  let head = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const w = t.lower;
    if (k > from && (w === 'for' || w === 'of')) continue;
    if (t.kind !== 'word' || !t.cap) return false;
    if (lexicon.orgHeads.has(w)) head = true;
    else if (!lexicon.titleOfObjects.has(w) && !lexicon.english.has(w)) return false;
  }
  return head;
}

/**
 * "the Air Force said" after "Ukraine's Air Force": the bare institution is the country's one when the article
 * names a single country's institution by those words (both "Russia's" and "Germany's Defense Ministry": none).
 */
export function unifyPossessiveInstitutions(doc: Doc, cands: Candidate[]): void {
  const byBare = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.rule !== 'entity/possessive' || c.gaz) continue;
    let j = c.coreFrom;
    while (j < c.coreTo && !isPossessiveMark(doc.tokens[j])) j++;
    const bare = spanText(doc.tokens, j + 1, c.coreTo).toLowerCase();
    byBare.set(bare, [...(byBare.get(bare) ?? []), c]);
  }
  for (const c of cands) {
    const owners =
      c.type === 'organization' && c.rule !== 'entity/possessive' ? byBare.get(c.key) : undefined;
    if (owners && new Set(owners.map((o) => o.key)).size === 1) c.key = owners[0]!.key;
  }
}
