import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Candidate } from './candidate.js';

/**
 * "Acme Motors" and "Acme Motors Inc.": a name that is written elsewhere with a company suffix is that
 * company, with the same key.
 */
export function unifyLegalNames(cands: Candidate[]): void {
  const full = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.type !== 'organization') continue;
    const words = c.key.split(' ');
    if (words.length < 2 || !lexicon.legalSuffixes.has(words[words.length - 1]!)) continue;
    const base = words.slice(0, -1).join(' ');
    if (!full.has(base)) full.set(base, c);
  }
  if (full.size === 0) return;
  for (const c of cands) {
    const model = full.get(c.key);
    if (!model || c.gaz || c.iso || c.titles.length > 0) continue;
    c.type = 'organization';
    c.key = model.key;
    c.weak = false;
    c.uncertain = false;
    c.rule = 'entity/company-name';
  }
}
