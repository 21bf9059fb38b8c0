import { lexicon } from '../../lexicon/load-lexicons.js';
import { readData } from '../../lexicon/read-data.js';

interface WordList {
  note: string;
  words: string[];
}

interface SpeechActFile {
  naming_verbs: WordList;
  evaluative_window: number;
  negative: WordList;
  positive: WordList;
  needs: { copulas: string[]; predicates: string[]; time: string[] };
  promises: WordList;
  denials: { verbs: string[]; auxiliaries: string[]; window: number };
}

const file = readData<SpeechActFile>('speech-acts.json');

/** The word lists of the speech-act rules (event/evaluation, event/need, event/promise), from data/speech-acts.json. */
export const speechActWords = {
  namingVerbs: new Set(file.naming_verbs.words),
  evaluativeWindow: file.evaluative_window,
  /** Words of blame, with the criticism words that make a quoted statement an accusation. */
  negative: new Set([...file.negative.words, ...lexicon.criticism]),
  positive: new Set(file.positive.words),
  copulas: new Set(file.needs.copulas),
  needPredicates: new Set(file.needs.predicates),
  time: new Set(file.needs.time),
  promises: new Set(file.promises.words),
  denials: new Set(file.denials.verbs),
  auxiliaries: new Set(file.denials.auxiliaries),
  denialWindow: file.denials.window,
};

/** Whether a word can start a speech-act hit (the trigger loop asks this before any rule). */
export const startsSpeechAct = (w: string): boolean =>
  speechActWords.namingVerbs.has(w) ||
  speechActWords.needPredicates.has(w) ||
  speechActWords.time.has(w) ||
  speechActWords.promises.has(w) ||
  speechActWords.denials.has(w);
