import { lexicon } from '../../lexicon/load-lexicons.js';
import type { TypeRule } from './name-facts.js';

/** A capital inside a word after lower-case letters: "OpenAI", "YouTube", "PayPal", "BlackRock". */
const CAMEL = /^\p{Lu}(\p{Ll}+)\p{Lu}/u;

/**
 * A single word with a capital inside ("OpenAI", "YouTube", "WhatsApp") is the name of a company or a
 * product, not a place or a person; a surname prefix before that capital ("McDonald", "DeSantis",
 * "LeBron", data/name-parts.json#surname_prefixes) makes it a personal name instead, left to other rules.
 */
export const camelCase: TypeRule = {
  id: 'entity/camel-case',
  decide: (f) => {
    if (!f.single) return undefined;
    const m = CAMEL.exec(f.tokens[f.a]!.text);
    if (!m) return undefined;
    const prefix = f.tokens[f.a]!.text.slice(0, 1 + m[1]!.length).toLowerCase();
    return lexicon.surnamePrefixes.has(prefix) ? undefined : { type: 'organization' };
  },
};
