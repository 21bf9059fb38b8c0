import { lexicon } from '../../lexicon/load-lexicons.js';
import { readData } from '../../lexicon/read-data.js';
import type { Token } from '../../text/tokenize.js';

interface WordList {
  note: string;
  words: string[];
}

interface SpeechActFile {
  naming_verbs: WordList;
  evaluative_window: number;
  negative: WordList;
  positive: WordList;
  needs: { copulas: string[]; predicates: string[]; time: string[]; adverbs: string[] };
  promises: WordList;
  ultimatums: {
    note: string;
    verbs: string[];
    limits: string[];
    units: string[];
    consequences: string[];
    window: number;
  };
  warnings: {
    note: string;
    verbs: string[];
    modals: string[];
    conditions: string[];
    consequences: string[];
    window: number;
  };
  denials: { verbs: string[]; auxiliaries: string[]; window: number; determiners: string[] };
  syntax: {
    naming_particles: string[];
    object_stops: string[];
    negators: string[];
    no_subject_before: string[];
    active_auxiliaries: string[];
    adjective_before: string[];
    time_complements: string[];
    promise_complement_starts: string[];
  };
}

const file = readData<SpeechActFile>('speech-acts.json');

/** Whether the words of a phrase ("pay", "dearly") stand from token j on. */
export function phraseAt(tokens: readonly Token[], j: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (tokens[j + n]?.lower !== words[n]) return false;
  return true;
}

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
  /** "it is also needed": adverbs besides -ly ones between the copula and the predicate. */
  needAdverbs: new Set(file.needs.adverbs) as ReadonlySet<string>,
  promises: new Set(file.promises.words),
  ultimatums: new Set(file.ultimatums.verbs),
  ultimatumLimits: new Set(file.ultimatums.limits) as ReadonlySet<string>,
  ultimatumUnits: new Set(file.ultimatums.units) as ReadonlySet<string>,
  /** "or face": what a deadline threatens, as word lists. */
  ultimatumConsequences: file.ultimatums.consequences.map((c) =>
    c.split(' '),
  ) as readonly (readonly string[])[],
  ultimatumWindow: file.ultimatums.window,
  warnings: new Set(file.warnings.verbs),
  warningModals: new Set(file.warnings.modals) as ReadonlySet<string>,
  warningConditions: new Set(file.warnings.conditions) as ReadonlySet<string>,
  /** The consequences a threat names, as word lists ("pay dearly"). */
  warningConsequences: file.warnings.consequences.map((c) => c.split(' ')) as readonly (readonly string[])[],
  warningWindow: file.warnings.window,
  denials: new Set(file.denials.verbs),
  auxiliaries: new Set(file.denials.auxiliaries),
  denialWindow: file.denials.window,
  /** "the statement": determiners before a denial verb that make it a noun. */
  denialDeterminers: new Set(file.denials.determiners),
  /** "called for", "called off": words after a naming verb that make it another verb. */
  namingParticles: new Set(file.syntax.naming_particles),
  /** Words that end a naming verb's object ("called it dangerous because …"). */
  objectStops: new Set(file.syntax.object_stops),
  /** "not dangerous": words that negate the evaluative word. */
  negators: new Set(file.syntax.negators),
  /** "is called", "to describe": words before a verb that leave it without a subject of its own. */
  noSubjectBefore: new Set(file.syntax.no_subject_before),
  /** "officials have stated": auxiliaries passed over on the way to the subject. */
  activeAuxiliaries: new Set(file.syntax.active_auxiliaries),
  /** "a promising start", "looks promising": words before an -ing form that make it an adjective. */
  adjectiveBefore: new Set(file.syntax.adjective_before),
  /** "it is time for", "it is time to". */
  timeComplements: new Set(file.syntax.time_complements),
  /** "promised not to", "promised to": words after a promise verb that open another complement. */
  promiseComplementStarts: new Set(file.syntax.promise_complement_starts) as ReadonlySet<string>,
};
