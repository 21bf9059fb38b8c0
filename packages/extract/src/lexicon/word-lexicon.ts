import type { Token } from '../text/tokenize.js';
import { wordFact } from '../text/word-facts.js';
import { lexicon } from './load-lexicons.js';

/*
 * Lexicon lookups of one word that steps of several kinds make, as word facts: one slot read per token
 * instead of a lookup in a list of thousands of names (a lookup in a large table is the slower kind).
 */

/** The country of a demonym ("Kenyan" → Kenya), or null: lexicon.demonym of the word. */
export const demonymOf: (t: Token) => string | null = wordFact((w) => lexicon.demonym(w) ?? null);

/** Whether the word is a country's name or alias: lexicon.country of the word. */
export const isCountryWord: (t: Token) => boolean = wordFact((w) => lexicon.country(w) !== undefined);
