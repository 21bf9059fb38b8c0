import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Cluster } from './types.js';

/** Last: each cluster's mentions in text order, and a person's gender ("Ms. Ames", "Ruth Ames" → 'f'). */
export function sortAndGender(clusters: readonly Cluster[]): void {
  for (const cl of clusters) {
    cl.mentions.sort((x, y) => x.from - y.from);
    if (cl.type === 'person') cl.gender = genderOf(cl);
  }
}

function genderOf(cl: Cluster): 'f' | 'm' | null {
  for (const t of cl.titles) {
    const w = t.replace(/\.$/, '');
    if (entityWords.femaleTitles.has(w)) return 'f';
    if (entityWords.maleTitles.has(w)) return 'm';
  }
  const given = cl.fullName?.split(' ')[0]?.toLowerCase();
  if (!given || cl.fullName!.split(' ').length < 2) return null;
  if (lexicon.femaleNames.has(given)) return 'f';
  if (lexicon.maleNames.has(given)) return 'm';
  return null;
}
