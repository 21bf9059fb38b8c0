import { entityWords } from '../../lexicon/load-lexicons.js';
import type { TypeRule } from './name-facts.js';

/**
 * "accused Labor of …", "The Greens called on …": a word that names a political party by itself, capitalized
 * anywhere but at a sentence's start (or there after "The"), is the party (data/entity-words.json#party_names).
 */
export const partyName: TypeRule = {
  id: 'entity/party-name',
  decide: (f) =>
    f.single &&
    (!f.sentenceStart || f.tokens[f.a - 1]?.lower === 'the') &&
    entityWords.partyNames.has(f.first)
      ? { type: 'organization' }
      : undefined,
};
