import { entityWords } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import type { TypeRule } from './name-facts.js';

/**
 * "accused Labor of …", "The Greens called on …": a word that names a political party by itself, capitalized
 * anywhere but at a sentence's start (or there after "The"), is the party (data/entity-words.json#party_names).
 */
export const partyName: TypeRule = {
  id: 'entity/party-name',
  decide: (f) =>
    f.single && isPartyNameAt(f.tokens, f.a, f.sentenceStart) ? { type: 'organization' } : undefined,
};

/** "Labor", "Greens": asked of every single-word name (a word fact). */
const isPartyName = wordFact((w) => entityWords.partyNames.has(w));

/** Whether the word at k names a party by itself where it stands (not opening a sentence, but after "The"). */
export function isPartyNameAt(tokens: readonly Token[], k: number, sentenceStart: boolean): boolean {
  return isPartyName(tokens[k]!) && (!sentenceStart || tokens[k - 1]?.lower === 'the');
}
