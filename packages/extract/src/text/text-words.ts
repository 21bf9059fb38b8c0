import { readData } from '../lexicon/read-data.js';

interface TextWordFile {
  abbreviations: string[];
  number_abbreviations: string[];
  name_suffixes: string[];
  dateline_words: string[];
  stamp_words: string[];
  stamp_openers: string[];
}

const file = readData<TextWordFile>('text-words.json');

/** Word lists of the tokenizer and the sentence splitter (data/text-words.json). */
export const textWords = {
  /** A full stop after one of these does not end a sentence. */
  abbreviations: new Set(file.abbreviations) as ReadonlySet<string>,
  /** A full stop after one of these does not end a sentence when a number follows ("No. 10"). */
  numberAbbreviations: new Set(file.number_abbreviations) as ReadonlySet<string>,
  /** Split off a capitalised word after a hyphen ("Detroit-based"). */
  nameSuffixes: new Set(file.name_suffixes) as ReadonlySet<string>,
  /** Weekdays and months: the words a line that only holds a date may have ("Thursday, April 7, 2005"). */
  datelineWords: new Set(file.dateline_words) as ReadonlySet<string>,
  /** Words of a time stamp line besides dates ("Updated …, first published at 12.30pm"). */
  stampWords: new Set(file.stamp_words) as ReadonlySet<string>,
  /** "Updated", "Posted": words that open a time stamp line. */
  stampOpeners: new Set(file.stamp_openers) as ReadonlySet<string>,
};
