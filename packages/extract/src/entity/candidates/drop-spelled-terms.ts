import type { Token } from '../../text/tokenize.js';
import type { Candidate } from './candidate.js';

/** Initials of the capitalized words of a run. */
export function initialsOf(tokens: readonly Token[], i: number, j: number): string {
  let out = '';
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (t.cap && t.kind === 'word') out += t.text[0];
  }
  return out;
}

/**
 * "IE" beside "Internet Explorer": an abbreviation taken for an organization only because it is repeated
 * names nothing when the article spells it out as a capitalized phrase that names nothing.
 */
export function dropSpelledTerms(cands: Candidate[], unnamed: ReadonlySet<string>): void {
  if (unnamed.size === 0) return;
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k]!;
    if (c.rule === 'entity/acronym' && unnamed.has(c.core.replace(/\./g, ''))) cands.splice(k, 1);
  }
}
