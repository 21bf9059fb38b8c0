import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Candidate } from '../candidates/candidate.js';

/** A name ending in a company's legal suffix ("Inc.", "Ltd", "Corp."). */
export function isLegalName(doc: Doc, c: Candidate): boolean {
  const last = doc.tokens[c.coreTo - 1]!;
  return lexicon.legalSuffixes.has(last.text === '.' ? doc.tokens[c.coreTo - 2]!.lower : last.lower);
}

/** "in Harlow", "from Toyota City": a place preposition before the name. */
export function afterLocative(doc: Doc, c: Candidate): boolean {
  return entityWords.locativePrepositions.has(doc.tokens[c.from - 1]?.lower ?? '');
}

/** An institution named by its head word: "Parliament", "the Cabinet", a party's name. */
export function isInstitutionWord(c: Candidate): boolean {
  const key = c.key.toLowerCase();
  return (
    c.type === 'organization' &&
    (entityWords.standaloneInstitutions.has(key) || entityWords.partyNames.has(key))
  );
}

/** A common English word that names no actor: "Recent", "Protesters". */
export function isCommonWord(c: Candidate): boolean {
  // ("Protesters said …": a generic agent noun is a common word the English list may lack)
  return (
    !c.gaz &&
    !c.iso &&
    (lexicon.english.has(c.key) || lexicon.agentWords.has(c.key)) &&
    lexicon.actorType(c.key) === undefined
  );
}

/** A speech verb right after the name: "Ames said". */
export function isFollowedBySpeech(doc: Doc, at: number): boolean {
  const t = doc.tokens[at];
  return t !== undefined && lexicon.speechVerbs.has(t.lower);
}
