import { readData } from '../lexicon/read-data.js';

interface WordList {
  about: string;
  words: string[];
}
interface QuoteWordFile {
  naming: WordList;
  naming_exceptions: { about: string; after: string[]; before: string[] };
  framing_cues: WordList;
  participle_after: WordList;
  told_objects: WordList;
  clause_openers: WordList;
  group_heads: WordList;
  document_nouns: WordList;
}

const file = readData<QuoteWordFile>('quote-words.json');
const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** Word lists of the quote rules (data/quote-words.json, each list documented there). */
export const quoteWords = {
  naming: set(file.naming.words),
  namingExceptAfter: set(file.naming_exceptions.after),
  namingExceptBefore: set(file.naming_exceptions.before),
  framingCues: set(file.framing_cues.words),
  participleAfter: set(file.participle_after.words),
  toldObjects: set(file.told_objects.words),
  clauseOpeners: set(file.clause_openers.words),
  groupHeads: set(file.group_heads.words),
  documentNouns: set(file.document_nouns.words),
};
