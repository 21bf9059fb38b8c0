import type { Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { timeWords } from '../time-words.js';

/** Words that place an event vaguely in the past without a date ("recently"). */
export const isVagueTime: (t: Token) => boolean = wordFact((w) => timeWords.vaguePast.has(w));
