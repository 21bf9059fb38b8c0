import { entityWords } from '../../lexicon/load-lexicons.js';
import type { TypeRule } from './name-facts.js';

/** "the Senate", "Parliament": an institution named by its head word alone, mid-sentence. */
export const institutionWord: TypeRule = {
  id: 'entity/org-head',
  decide: (f) =>
    entityWords.institutions.has(f.first) && !f.sentenceStart
      ? { type: 'organization', weak: true }
      : undefined,
};
