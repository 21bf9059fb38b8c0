import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Candidate } from '../candidates/candidate.js';
import { isAcronym } from '../name-shape.js';
import { nearest } from './nearest.js';
import type { Grouping, SingleWordIndexes } from './types.js';
import { isCommonWord, isFollowedBySpeech, isInstitutionWord } from './word-tests.js';

// The rules of step 2, in the order they are tried: each says whether it took the word.

/** "the IHF" after "International Handball Federation (IHF)": the bracketed abbreviation, once defined. */
export function byDefinedAbbreviation(
  g: Grouping,
  ix: SingleWordIndexes,
  c: Candidate,
  len: number,
): boolean {
  // ("the IHF" after "International Handball Federation (IHF)" and "the IHF Council": the bracketed
  // abbreviation names its organization before any short form does)
  const defined = len === 1 && isAcronym(c.core) ? ix.acronyms.get(c.core.replace(/\./g, '')) : undefined;
  if (defined && defined.mentions[0]!.from < c.from) {
    g.add(defined, c, 'abbreviation');
    return true;
  }
  return false;
}

/** "the Bureau" after "Bureau of Meteorology": a short form of an organization's or a place's name. */
export function byShortForm(
  doc: Doc,
  g: Grouping,
  ix: SingleWordIndexes,
  c: Candidate,
  len: number,
): boolean {
  // "the Bureau" after "Bureau of Meteorology", "the Atacama" after "the Atacama Desert", "Acme" after "Acme Corp."
  const short =
    len === 1 && c.titles.length === 0 && ((!c.gaz && !c.iso) || ix.companyFirst.has(c.key))
      ? ix.shortForms.get(c.key)
      : undefined;
  // (only after the full name, or in the headline: "the Amazon rainforest" before the "Amazon Fund" is not it)
  const fullFrom = short?.anchors[0] ?? short?.mentions[0]?.from ?? Number.POSITIVE_INFINITY;
  if (short && (fullFrom < c.from || doc.sentences[doc.sentenceOf[c.from]!]!.headline)) {
    g.add(short, c, 'alias');
    return true;
  }
  return false;
}

/** "Ames" after "Ruth Ames" (a surname), "President Ames" (a title reference). */
export function byPersonName(g: Grouping, ix: SingleWordIndexes, c: Candidate, len: number): boolean {
  const owners =
    len === 1 ? ix.personIndex.get(c.form === 'metonym' ? c.core.toLowerCase() : c.key) : undefined;
  if (owners && owners.length > 0) {
    const cl = nearest(owners, c.from);
    g.add(cl, c, c.titles.length > 0 ? 'title' : 'surname');
    return true;
  }
  return false;
}

/** "Recent reports": a lone common word is dropped (takes the word, adds nothing). */
export function isUnexplainedWord(doc: Doc, g: Grouping, c: Candidate, len: number): boolean {
  // "Recent reports": a lone capitalized common word that no name of the article explains
  // "Apple said" after "shares in Apple": unless the article names it so where its words type it
  // ("Parliament", "the Cabinet" mid-sentence: an institution named by its head word is a name)
  return (
    len === 1 &&
    c.titles.length === 0 &&
    isCommonWord(c) &&
    !doc.bracketed.has(c.core) &&
    !g.namedAs(c) &&
    !isInstitutionWord(c)
  );
}

/** "Kenya": a word the gazetteer or the country list knows. */
export function byKnownEntry(g: Grouping, c: Candidate): boolean {
  if (c.gaz || c.iso) {
    const type = c.type ?? c.gaz?.type ?? 'location';
    g.add(g.known(c, type) ?? g.create(c, type), c, c.form);
    return true;
  }
  return false;
}

/** "TSB" for the "Transportation Safety Board of Canada"; "BEUC" after "the consumer organisation". */
export function byAbbreviation(doc: Doc, g: Grouping, ix: SingleWordIndexes, c: Candidate): boolean {
  if (!isAcronym(c.core)) return false;
  const org = ix.orgByInitials.get(c.core.replace(/\./g, ''));
  if (org) g.add(org, c, 'abbreviation');
  // ("the consumer organisation BEUC": a kind noun before it says what it is, even used once)
  else if (
    ix.uses.get(c.key)! > 1 ||
    c.gaz ||
    lexicon.actorType(c.key) ||
    c.rule === 'entity/kind-noun' ||
    c.rule === 'entity/listed-with-organization' ||
    // ("Laurent Nunez told BFMTV": the outlet a person speaks to)
    lexicon.toldVerbs.has(doc.tokens[c.from - 1]?.lower ?? '')
  )
    g.add(g.known(c, 'organization') ?? g.create(c, 'organization'), c, 'name');
  return true;
}

/** "in Harlow": a word its context typed for sure. */
export function byType(g: Grouping, c: Candidate): boolean {
  if (c.type !== null && !c.uncertain) {
    g.add(g.known(c, c.type) ?? g.create(c, c.type), c, c.form);
    return true;
  }
  return false;
}

/** "Ames said", "Senator Ames", an uncertain place: a person unless typed a place. */
export function bySpeechOrTitle(doc: Doc, g: Grouping, c: Candidate): boolean {
  if (c.type === 'location' || c.titles.length > 0 || isFollowedBySpeech(doc, c.coreTo)) {
    const type = c.type ?? 'person';
    g.add(g.known(c, type) ?? g.create(c, type), c, c.titles.length > 0 ? 'title' : 'name');
    return true;
  }
  return false;
}

/** "Apple said" after "shares in Apple": the organization or place named so far, else an "org-head" word. */
export function byNameSoFar(g: Grouping, c: Candidate): void {
  // (no branch above added a cluster when it reached this: namedAs finds what the test above found)
  const named = g.namedAs(c);
  if (named) g.add(named, c, 'name');
  else if (c.type === 'organization' && c.rule === 'entity/org-head')
    g.add(g.create(c, 'organization'), c, 'name');
}
