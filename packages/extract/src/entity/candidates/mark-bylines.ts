import { entityWords } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Candidate } from './candidate.js';

/** "X is associate editor of Y" and "By X" lines name the author and the outlet. */
export function markBylines(doc: Doc, cands: Candidate[]): void {
  const { tokens, sentences } = doc;
  const lastPara = tokens[tokens.length - 1]?.para ?? -1;
  const starting = new Map<number, Candidate>();
  for (const c of cands) if (!starting.has(c.from)) starting.set(c.from, c);
  for (const s of sentences) {
    const first = starting.get(s.from);
    const t0 = tokens[s.from];
    if (t0?.lower === 'by' && s.to - s.from <= 6) {
      const person = starting.get(s.from + 1);
      // ("By Tshering Yangzom, Thimphu": the author's name is no place for standing before the bureau's)
      if (person?.rule === 'entity/listed-with-place' && person.coreTo - person.coreFrom >= 2) {
        person.type = 'person';
        person.rule = 'entity/byline';
      }
      if (person && person.type === 'person') person.form = 'byline';
      continue;
    }
    if (s.para !== lastPara || !first || first.type !== 'person') continue;
    if (tokens[first.to]?.lower !== 'is') continue;
    for (let k = first.to + 1; k < s.to; k++) {
      const w = tokens[k]!.lower;
      if (!entityWords.memberPrepositions.has(w)) continue;
      const org = starting.get(k + 1) ?? starting.get(k + 2);
      if (org && org.type === 'organization') {
        first.form = 'byline';
        org.form = 'byline';
        first.rule = 'entity/byline';
        org.rule = 'entity/byline';
      }
      break;
    }
  }
}
