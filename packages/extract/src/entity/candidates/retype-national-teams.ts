import { entityWords } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import type { Candidate } from './candidate.js';

/**
 * "Sweden 1 – 0 Korea Republic", "Sweden defeated South Korea 1 – 0": a country written beside a match score
 * is its national team, an organization, everywhere in the article.
 */
export function retypeNationalTeams(doc: Doc, cands: Candidate[]): void {
  const teams = new Set<string>();
  for (const c of cands) if (isNation(c) && besideScore(doc.tokens, c)) teams.add(c.iso ?? c.key);
  if (teams.size === 0) return;
  for (const c of cands) {
    if (!isNation(c) || !teams.has(c.iso ?? c.key)) continue;
    const name = c.canonical ?? c.core;
    c.type = 'organization';
    c.key = name.toLowerCase();
    c.iso = null;
    c.gaz = null;
    c.rule = 'entity/national-team';
  }
}

/** A country or place, which a team may be named after ("England", "Korea Republic"). */
function isNation(c: Candidate): boolean {
  return c.iso !== null || c.type === 'location';
}

function besideScore(tokens: readonly Token[], c: Candidate): boolean {
  const score = (k: number) =>
    /^\d{1,2}$/.test(tokens[k]?.text ?? '') &&
    /^[–-]$/.test(tokens[k + 1]?.text ?? '') &&
    /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '');
  // "lost 1 – 2 to England"
  const linked = entityWords.resultPrepositions.has(tokens[c.from - 1]?.lower ?? '');
  return score(c.coreTo) || score(c.from - 3) || (linked && score(c.from - 4));
}
