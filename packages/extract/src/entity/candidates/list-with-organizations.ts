import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import { isAcronym } from '../name-shape.js';
import type { Candidate } from './candidate.js';

/**
 * "Ubisoft, Microsoft and Sony": a lone untyped word listed with an organization is one too; not a given
 * name or a word of a personal name of the article ("Microsoft and Ahmed").
 */
export function listWithOrganizations(
  doc: Doc,
  named: readonly Candidate[],
  linked: (x: Candidate, y: Candidate) => 'list' | 'apposition' | null,
): void {
  const isOrg = (c: Candidate) => c.type === 'organization' && !c.weak && !c.uncertain;
  const personWords = new Set<string>();
  for (const c of named) if (c.type === 'person') for (const w of c.key.split(' ')) personWords.add(w);
  const open = (c: Candidate) =>
    c.type === null &&
    c.titles.length === 0 &&
    c.coreTo - c.coreFrom === 1 &&
    !isAcronym(c.core) &&
    !lexicon.givenNames.has(c.key) &&
    !personWords.has(c.key) &&
    !lexicon.english.has(c.key) &&
    !/^[#@]$/.test(doc.tokens[c.coreFrom - 1]?.text ?? '');
  // "A, B and C": a comma links names only when a conjunction follows the second
  const listed = (x: Candidate, y: Candidate) => {
    const link = linked(x, y);
    if (link !== 'apposition') return link === 'list';
    const after = doc.tokens[y.coreTo]?.text === ',' ? y.coreTo + 1 : y.coreTo;
    return /^(and|or)$/.test(doc.tokens[after]?.lower ?? '');
  };
  const retype = (c: Candidate) => {
    c.type = 'organization';
    c.uncertain = false;
    c.rule = 'entity/listed-with-organization';
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < named.length; i++) {
      const x = named[i]!;
      const y = named[i + 1]!;
      if (!listed(x, y)) continue;
      if (isOrg(y) && open(x)) retype(x);
      else if (isOrg(x) && open(y)) retype(y);
    }
  }
}
