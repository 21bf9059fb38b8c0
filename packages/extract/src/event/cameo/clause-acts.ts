import type { Trigger } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import type { Hit } from '../trigger-hit.js';
import { cameoVerbs } from './read-cameo-verbs.js';

/**
 * Whether a lexicon trigger is the noun a dictionary pattern's object slot names: "talks" of "halt talks"
 * for the trigger "talks with", "ceasefire" of "violate &ceasefire" (a synset), a regular plural of either.
 */
export function namesPatternObject(slot: readonly string[] | undefined, trigger: Trigger): boolean {
  if (!slot || slot.length === 0) return false;
  const head = slot[slot.length - 1]!;
  const words = trigger.t.split(' ');
  if (head.startsWith('&')) return words.some((w) => cameoVerbs.synsets.get(head)?.has(w) === true);
  return words.some((w) => w === head || w === `${head}s` || w === `${head}es`);
}

/**
 * "accused the government of rigging the election", "criticized Japan for visiting the shrine": a trigger
 * in the ground of an accusing verb (after "of", "for", "with" within a few words) is what the accusation
 * blames, not a happening of its own.
 */
export function isAccusedAct(tokens: readonly Token[], h: Hit, all: readonly Hit[]): boolean {
  const { types, prepositions, gap } = cameoVerbs.grounds;
  return all.some((g) => {
    if (g.t.w < 2 || !types.has(g.t.type) || g.to > h.from || h.from - g.to > gap) return false;
    for (let k = g.to; k < h.from; k++) if (prepositions.has(tokens[k]!.lower)) return true;
    return false;
  });
}
