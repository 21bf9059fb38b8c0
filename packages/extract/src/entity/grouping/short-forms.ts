import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Cluster } from './types.js';

/**
 * Single words that name an already-found organization or place by part of its name: "Bank" for "Bank of
 * England", "Acme" for "Acme Energy Ltd", "Atacama" for "Atacama Desert".
 */
export function shortFormsOf(clusters: readonly Cluster[]): Map<string, Cluster> {
  const out = new Map<string, Cluster>();
  const put = (w: string, cl: Cluster) => {
    if (!out.has(w)) out.set(w, cl);
  };
  for (const cl of clusters) {
    if (cl.type === 'person') continue;
    for (const key of cl.keys) {
      const words = key.split(' ');
      if (words.length < 2) continue;
      const head = words[0]!;
      const last = words[words.length - 1]!;
      if (cl.type === 'organization') {
        // "Bank of England" → "Bank"; "Acme Energy Ltd" → "Acme"
        if (words[1] === 'of' && lexicon.orgHeads.has(head)) put(head, cl);
        // "Church of Scientology" → "Scientology", but a place stays a place ("University of Paris")
        if (
          words.length === 3 &&
          words[1] === 'of' &&
          lexicon.orgHeads.has(head) &&
          !lexicon.places.has(last) &&
          !lexicon.country(last)
        )
          put(last, cl);
        // ("Toyota Motor Corp." → "Toyota": a legal name's first word)
        if (isNamedByFirstWord(words)) put(head, cl);
      } else if (lexicon.locHeads.has(last) && words.length === 2) {
        // "Atacama Desert" → "Atacama"
        put(head, cl);
      }
    }
  }
  return out;
}

/**
 * Whether an organization's name (its lower-case words, two or more) is one name word and heads or a legal
 * form, so that its first word alone names it: "Toyota Motor Corp.", "Nilecure Pharmaceuticals".
 */
export function isNamedByFirstWord(words: readonly string[]): boolean {
  return (
    words.slice(1).every((w) => lexicon.orgHeads.has(w) || lexicon.legalSuffixes.has(w)) ||
    lexicon.legalSuffixes.has(words[words.length - 1]!)
  );
}
