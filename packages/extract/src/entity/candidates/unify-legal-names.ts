import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import { spanText } from '../name-shape.js';
import { type Candidate, makeCandidate } from './candidate.js';

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

/**
 * "Azure Sands said" after "Azure Sands Properties": a run of words read as no name (common words) that
 * opens a company's name the article writes in full, before the heads that close it, is that company; so is
 * one that opens a place named with a two-word place head ("Shaare Zedek" after "Shaare Zedek Medical Center").
 */
export function companyOpenings(doc: Doc, cands: Candidate[], unread: readonly [number, number][]): void {
  const openings = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.gaz || !(c.type === 'organization' || (c.type === 'location' && endsInPlacePair(c.key)))) continue;
    const words = c.key.split(' ');
    let k = words.length;
    while (k > 0 && (lexicon.orgHeads.has(words[k - 1]!) || lexicon.legalSuffixes.has(words[k - 1]!))) k--;
    // ("Shaare Zedek Medical Center" → "Shaare Zedek": English words before the head close it too)
    let e = k;
    while (e > 0 && e < words.length && lexicon.english.has(words[e - 1]!)) e--;
    for (const n of [k, e]) {
      if (n <= 1 || n >= words.length) continue;
      const opening = words.slice(0, n).join(' ');
      if (!openings.has(opening)) openings.set(opening, c);
    }
  }
  // ("Shaare Zedek" after "Shaare Zedek Medical Center": two names read as a person's are the body's short form)
  for (const c of cands)
    if (c.type === 'person' && c.rule === 'entity/person-name' && c.titles.length === 0) {
      const model = openings.get(c.key);
      if (model) {
        c.type = model.type;
        c.key = model.key;
        c.rule = 'entity/company-name';
      }
    }
  for (const [from, to] of unread) {
    const model = openings.get(spanText(doc.tokens, from, to).toLowerCase());
    if (!model) continue;
    const c = makeCandidate(doc, from, to, from, to, {
      type: model.type,
      form: 'name',
      titles: [],
      uncertain: false,
      rule: 'entity/company-name',
    });
    cands.push({ ...c, key: model.key });
  }
}

/** "shaare zedek medical center": a place's name ending in a place's two-word head ("medical center"). */
function endsInPlacePair(key: string): boolean {
  const words = key.split(' ');
  return words.length > 2 && entityWords.headPairs.get(words.slice(-2).join(' ')) === 'location';
}
