import type { Doc } from '../../text/segment.js';
import type { Candidate } from '../candidates/candidate.js';
import { isAcronym } from '../name-shape.js';
import { companyFirstWords, namedByFirstWord, personSurnames } from './name-parts.js';
import { groupPersonName } from './person-name.js';
import { groupTypedName } from './typed-name.js';
import type { Cluster, FullNames, Grouping } from './types.js';
import { afterLocative } from './word-tests.js';

/**
 * Step 1: multi-word names ("Ruth Ames", "High Court of Kenya") and typed single names that are not
 * personal names each join or make a cluster; single words that may be part of a name ("Ames", "EU")
 * wait for step 2.
 */
export function groupFullNames(doc: Doc, cands: readonly Candidate[], g: Grouping): FullNames {
  const later: Candidate[] = [];
  const acronyms = new Map<string, Cluster>();
  const ofHeads = new Map<string, Cluster>();
  const personIndex = new Map<string, Cluster[]>();
  const companyFirst = companyFirstWords(doc, cands);
  const surnames = personSurnames(doc, cands);
  const companyNames = namedByFirstWord(doc, cands);
  for (const c of cands) {
    const len = c.coreTo - c.coreFrom;
    if (c.form === 'title' && len === 0) continue;
    if (c.type === null || waitsForNames(doc, c, len, surnames, companyFirst, companyNames)) {
      later.push(c);
      continue;
    }
    if (c.type === 'person') {
      groupPersonName(doc, g, personIndex, c);
      continue;
    }
    groupTypedName(g, acronyms, ofHeads, c, c.type, len);
  }
  return { later, acronyms, personIndex, companyFirst };
}

/** A single word that waits for all full names: "Ames", "EU", "Harlow" (see the cases). */
function waitsForNames(
  doc: Doc,
  c: Candidate,
  len: number,
  surnames: ReadonlySet<string>,
  companyFirst: ReadonlySet<string>,
  companyNames: ReadonlySet<string>,
): boolean {
  return (
    len === 1 &&
    (c.type === 'person' ||
      c.rule === 'entity/locative' ||
      c.rule === 'entity/acronym' ||
      // "Ames said" after "Ruth Ames": a town's name that is a person's surname in the article
      (c.rule === 'entity/lexicon:place' && surnames.has(c.key)) ||
      // ("Farah cautioned" after "Hodan Farah": so a city of the gazetteer, not after "in")
      (c.rule === 'entity/gazetteer' &&
        c.type === 'location' &&
        !c.iso &&
        surnames.has(c.key) &&
        !afterLocative(doc, c)) ||
      // "Santiago told the committee" after "Victor Santiago": not the capital standing for its country
      (c.form === 'metonym' && surnames.has(c.core.toLowerCase())) ||
      (c.type === 'location' && !c.iso && companyFirst.has(c.key) && !afterLocative(doc, c)) ||
      // "EU leaders …" in a headline before "European Union": an abbreviation waits for the full names
      (c.type === 'organization' && isAcronym(c.core)) ||
      // "Nilecure's board" after "Nilecure Pharmaceuticals": a company's first word waits for its name
      (c.type === 'organization' && companyNames.has(c.key)) ||
      c.uncertain)
  );
}
