import { readData } from '../lexicon/read-data.js';

interface TextWordFile {
  abbreviations: string[];
  name_suffixes: string[];
}

const file = readData<TextWordFile>('text-words.json');

/** Word lists of the tokenizer and the sentence splitter (data/text-words.json). */
export const textWords = {
  /** A full stop after one of these does not end a sentence. */
  abbreviations: new Set(file.abbreviations) as ReadonlySet<string>,
  /** Split off a capitalised word after a hyphen ("Detroit-based"). */
  nameSuffixes: new Set(file.name_suffixes) as ReadonlySet<string>,
};
