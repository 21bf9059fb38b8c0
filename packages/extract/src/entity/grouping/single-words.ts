import type { Doc } from '../../text/segment.js';
import type { Candidate } from '../candidates/candidate.js';
import { organizationsByInitials } from './org-initials.js';
import { shortFormsOf } from './short-forms.js';
import {
  byAbbreviation,
  byDefinedAbbreviation,
  byKnownEntry,
  byNameSoFar,
  byPersonName,
  byShortForm,
  bySpeechOrTitle,
  byType,
  isUnexplainedWord,
} from './single-word-rules.js';
import type { FullNames, Grouping, SingleWordIndexes } from './types.js';

/**
 * Step 2: the single words step 1 put off: "Ames" after "Ruth Ames", "EU" for "European Union", "the
 * Bureau" after "Bureau of Meteorology", "Kenya".
 */
export function groupSingleWords(doc: Doc, g: Grouping, first: FullNames): void {
  const orgByInitials = organizationsByInitials(g.clusters, first.acronyms);
  const shortForms = shortFormsOf(g.clusters);
  // An unexplained abbreviation used once ("HTML", "GMT") is more often a term than an organization.
  const uses = new Map<string, number>();
  for (const c of first.later) uses.set(c.key, (uses.get(c.key) ?? 0) + 1);
  const ix: SingleWordIndexes = { ...first, orgByInitials, shortForms, uses };
  for (const c of first.later) {
    const len = c.coreTo - c.coreFrom;
    if (len === 0) continue;
    groupSingleWord(doc, g, ix, c, len);
  }
}

/** The first rule that takes the word decides: "Ames" after "Ruth Ames" is her surname (see each rule). */
function groupSingleWord(doc: Doc, g: Grouping, ix: SingleWordIndexes, c: Candidate, len: number): void {
  if (
    byDefinedAbbreviation(g, ix, c, len) ||
    byShortForm(doc, g, ix, c, len) ||
    byPersonName(g, ix, c, len) ||
    isUnexplainedWord(doc, g, c, len) ||
    byKnownEntry(g, c) ||
    byAbbreviation(doc, g, ix, c) ||
    byType(g, c) ||
    bySpeechOrTitle(doc, g, c)
  )
    return;
  byNameSoFar(g, c);
}
