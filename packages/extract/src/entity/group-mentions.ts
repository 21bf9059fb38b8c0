import type { Doc } from '../text/segment.js';
import type { Candidate } from './candidates/candidate.js';
import { groupFullNames } from './grouping/full-names.js';
import { sortAndGender } from './grouping/gender.js';
import { groupSingleWords } from './grouping/single-words.js';
import { startGrouping } from './grouping/start-grouping.js';
import { referToTitleHolders } from './grouping/title-holders.js';
import type { Cluster } from './grouping/types.js';

/** Groups candidates into entities: full names first, then surnames, abbreviations and title references. */
export function groupMentions(doc: Doc, cands: readonly Candidate[]): Cluster[] {
  const g = startGrouping();
  // 1. Multi-word names and typed single names that are not personal names.
  const fullNames = groupFullNames(doc, cands, g);
  // 2. Single words: a part of a personal name, an abbreviation, or a known place.
  groupSingleWords(doc, g, fullNames);
  // 3. Title references: in apposition to a name, that person; else the last person who carried the title.
  referToTitleHolders(doc, g, cands);
  // Then each cluster's mentions in text order and a person's gender; clusters left without mentions go.
  sortAndGender(g.clusters);
  return g.clusters.filter((cl) => cl.mentions.length > 0);
}
