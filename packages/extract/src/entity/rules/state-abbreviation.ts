import { lexicon } from '../../lexicon/load-lexicons.js';
import type { TypeRule } from './name-facts.js';

/**
 * "WICHITA, Kan. (KPRX)", "a man from Tulsa, Okla.,": a US state's AP abbreviation, with its dot, right after
 * a capitalized name and a comma, is the state (alone, "Miss." or "Mo." is a title or a given name).
 */
export const stateAbbreviation: TypeRule = {
  id: 'entity/state-abbreviation',
  decide: (f) => {
    const { tokens, a, b } = f;
    const dot = tokens[b];
    const dotted = f.core.endsWith('.') || (dot?.text === '.' && dot.start === tokens[b - 1]!.end);
    if (!dotted || tokens[a - 1]?.text !== ',' || tokens[a - 2]?.cap !== true) return undefined;
    return stateOf(f.core) ? { type: 'location' } : undefined;
  },
};

/** The state an AP abbreviation ("Kan.", "N.Y.") names, or undefined. */
export function stateOf(core: string): string | undefined {
  return lexicon.stateAbbreviations.get(core.toLowerCase().replace(/\.$/, ''));
}
