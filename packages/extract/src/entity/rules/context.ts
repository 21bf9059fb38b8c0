import { entityWords } from '../../lexicon/load-lexicons.js';
import type { NameFacts, TypeRule } from './name-facts.js';

/**
 * The words around the name give it a type other than place ("an analyst at X"), or a place for sure: "the
 * Maia-based company" (a guess of place after "in" is left to entity/locative, after the name lists).
 */
export const context: TypeRule = {
  id: 'entity/context',
  decide: (f) => (f.context && (f.context !== 'location' || isOrigin(f)) ? { type: f.context } : undefined),
};

/** "Maia-based", "Oslo-born": the name and a hyphen before an origin participle. */
function isOrigin({ tokens, b }: NameFacts): boolean {
  return tokens[b]?.text === '-' && entityWords.originParticiples.has(tokens[b + 1]?.lower ?? '');
}
