import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Candidate } from '../candidates/candidate.js';
import type { Cluster } from './types.js';

/** The lower-case words of a personal name without its particles: "Ursula von der Leyen" → ursula, leyen. */
export function personWords(doc: Doc, c: Candidate): string[] {
  const out: string[] = [];
  for (let k = c.coreFrom; k < c.coreTo; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'word' && !lexicon.particles.has(t.lower)) out.push(t.lower);
  }
  return out;
}

/** Same person: one name's words contain the other's (two words at least). */
function sameName(words: Set<string>, other: readonly string[]): boolean {
  // "Mohamed El-Hassan Mohamed" repeats a word: count distinct words, or it would contain "Ahmed Mohamed"
  const distinct = new Set(other);
  if (words.size < 2 || distinct.size < 2) return false;
  let inOther = 0;
  for (const w of distinct) if (words.has(w)) inOther++;
  return inOther === distinct.size || inOther === words.size;
}

/** The person whose name has the same words: "Carolyn Reyes" after "Carolyn M. Reyes". */
export function findByWords(index: Map<string, Cluster[]>, words: readonly string[]): Cluster | undefined {
  for (const w of words) {
    for (const cl of index.get(w) ?? []) if (sameName(cl.words, words)) return cl;
  }
  return undefined;
}
