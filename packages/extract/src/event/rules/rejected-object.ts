import type { Token } from '../../text/tokenize.js';
import { cameoVerbs } from '../cameo/read-cameo-verbs.js';

/** "dismissed an appeal from the president": how many words after the verb its object may end. */
const OBJECT_WORDS = 4;

/**
 * "dismissed an appeal", "dismissed the offer": an object that the dictionary's refusing verbs reject
 * (CAMEO 12) among the next few words, before any mark that ends the phrase.
 */
export function rejectsObject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + OBJECT_WORDS); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && !/^['’]s?$/.test(t.text)) return false;
    if (cameoVerbs.rejectedObjects.has(t.lower)) return true;
  }
  return false;
}
