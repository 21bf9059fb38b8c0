import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import { isPossessiveMark } from '../../text/tokenize.js';
import { type Candidate, makeCandidate } from './candidate.js';
import { gazetteer } from './entity-gazetteer.js';

/** "Kenya's capital" and "the capital" (of the article's main country) name a capital city. */
export function findCapitals(doc: Doc, cands: Candidate[]): void {
  const { tokens } = doc;
  const countryCount = new Map<string, number>();
  for (const c of cands)
    if (c.iso && c.canonical) countryCount.set(c.canonical, (countryCount.get(c.canonical) ?? 0) + 1);
  let main: string | null = null;
  let most = 0;
  for (const [name, n] of countryCount) {
    if (n > most) {
      main = name;
      most = n;
    }
  }
  const byEnd = new Map<number, Candidate>();
  for (const c of cands) if (c.iso && c.canonical) byEnd.set(c.coreTo, c);
  const found: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'capital') continue;
    const after = tokens[k + 1];
    if (after && (after.cap || entityWords.capitalCompounds.has(after.lower))) continue;
    const prev = tokens[k - 1]!;
    let country: Candidate | undefined;
    let from = k - 1;
    if (isPossessiveMark(prev)) {
      country = byEnd.get(k - 1);
      from = country?.from ?? from;
    }
    const countryName = country?.canonical ?? (prev.lower === 'the' && main ? main : null);
    if (!countryName) continue;
    const capital = lexicon.capitalFor(countryName);
    if (!capital) continue;
    found.push(
      makeCandidate(doc, from, k + 1, from, k + 1, {
        type: 'location',
        form: 'description',
        titles: [],
        uncertain: false,
        rule: 'entity/description:capital',
        gaz: gazetteer.lookup(capital)[0] ?? null,
        canonical: capital,
      }),
    );
    const last = found[found.length - 1]!;
    last.key = capital.toLowerCase();
    last.core = capital;
  }
  cands.push(...found);
  cands.sort((x, y) => x.from - y.from || y.to - x.to);
}
