import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import { isAcronym } from '../name-shape.js';
import type { Candidate } from './candidate.js';

/**
 * "Ubisoft, Microsoft and Sony": a lone untyped word listed with an organization is one too; not a given
 * name or a word of a personal name of the article ("Microsoft and Ahmed"). So is a name typed a person
 * only by its shape, with no known given name ("Fianna Fáil, Fine Gael and the Labour Party").
 */
export function listWithOrganizations(
  doc: Doc,
  named: readonly Candidate[],
  linked: (x: Candidate, y: Candidate) => 'list' | 'apposition' | null,
): void {
  const isOrg = (c: Candidate) => c.type === 'organization' && !c.weak && !c.uncertain;
  const shapeOnly = (c: Candidate) =>
    c.type === 'person' &&
    c.weak &&
    c.titles.length === 0 &&
    c.coreTo - c.coreFrom >= 2 &&
    !lexicon.givenNames.has(doc.tokens[c.coreFrom]!.lower);
  const personWords = new Set<string>();
  for (const c of named)
    if (c.type === 'person' && !shapeOnly(c)) for (const w of c.key.split(' ')) personWords.add(w);
  const open = (c: Candidate) =>
    (shapeOnly(c) && c.key.split(' ').every((w) => !personWords.has(w))) ||
    // ("the Samajwadi Party, the DMK and the Trinamool Congress": an abbreviation used once)
    (c.coreTo - c.coreFrom === 1 && c.titles.length === 0 && isAcronym(c.core) && !c.gaz) ||
    (c.type === null &&
      c.titles.length === 0 &&
      c.coreTo - c.coreFrom === 1 &&
      !isAcronym(c.core) &&
      !lexicon.givenNames.has(c.key) &&
      !personWords.has(c.key) &&
      !lexicon.english.has(c.key) &&
      !/^[#@]$/.test(doc.tokens[c.coreFrom - 1]?.text ?? ''));
  // "A, B and C", "A, B, the C and D": a comma links names only when a conjunction follows the second, or
  // the second is listed with the next by a comma in turn
  const listedAt: boolean[] = new Array(named.length).fill(false);
  for (let i = named.length - 2; i >= 0; i--) {
    const y = named[i + 1]!;
    const link = linked(named[i]!, y);
    if (link !== 'apposition') {
      listedAt[i] = link === 'list';
      continue;
    }
    const after = doc.tokens[y.coreTo]?.text === ',' ? y.coreTo + 1 : y.coreTo;
    listedAt[i] =
      lexicon.listConjunctions.has(doc.tokens[after]?.lower ?? '') ||
      (listedAt[i + 1]! && linked(y, named[i + 2]!) === 'apposition');
  }
  const retype = (c: Candidate) => {
    c.type = 'organization';
    c.weak = false;
    c.uncertain = false;
    c.rule = 'entity/listed-with-organization';
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < named.length; i++) {
      const x = named[i]!;
      const y = named[i + 1]!;
      if (!listedAt[i]) continue;
      if (isOrg(y) && open(x)) retype(x);
      else if (isOrg(x) && open(y)) retype(y);
    }
  }
}
