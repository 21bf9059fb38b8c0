import type { Doc } from '../../text/segment.js';
import type { Candidate } from '../candidates/candidate.js';
import { isGenerationSuffix } from '../name-shape.js';
import { isNamedByFirstWord } from './short-forms.js';
import { isLegalName } from './word-tests.js';

/**
 * The first words of companies' legal names: "Harlow" of "Harlow Freight Holdings Inc." (so that "Harlow
 * said" is the company, not the town).
 */
export function companyFirstWords(doc: Doc, cands: readonly Candidate[]): Set<string> {
  // "Harlow said" after "Harlow Freight Holdings Inc.": a town's name opening a company's legal name is the company
  const companyFirst = new Set<string>();
  for (const c of cands) {
    if (c.type === 'organization' && c.coreTo - c.coreFrom > 1 && isLegalName(doc, c))
      companyFirst.add(doc.tokens[c.coreFrom]!.lower);
  }
  return companyFirst;
}

/** The first words that name an organization alone: "nilecure" of "Nilecure Pharmaceuticals" (isNamedByFirstWord). */
export function namedByFirstWord(doc: Doc, cands: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'organization' || c.coreTo - c.coreFrom < 2) continue;
    const words: string[] = [];
    for (let k = c.coreFrom; k < c.coreTo; k++)
      if (doc.tokens[k]!.text !== '.') words.push(doc.tokens[k]!.lower);
    if (words.length > 1 && isNamedByFirstWord(words)) out.add(words[0]!);
  }
  return out;
}

/** The surnames of multi-word personal names: "ames" of "Ruth Ames", "jackson" of "Darnell Jackson Jr". */
export function personSurnames(doc: Doc, cands: readonly Candidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const c of cands) {
    if (c.type === 'person' && c.coreTo - c.coreFrom > 1) {
      // "Darnell Jackson Jr": the surname is before the generational suffix
      const last = doc.tokens[c.coreTo - 1]!;
      surnames.add(isGenerationSuffix(last) ? doc.tokens[c.coreTo - 2]!.lower : last.lower);
    }
  }
  return surnames;
}
