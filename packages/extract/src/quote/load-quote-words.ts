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
  speaker_verb_gap: WordList;
  speaker_determiners: WordList;
  noun_phrase_stops: WordList;
  subject_pronouns: WordList;
  finite_auxiliaries: WordList;
  clause_verbs: WordList;
  connectives: WordList;
  that_adjunct_starts: WordList;
  subject_determiners: WordList;
  attribution_determiners: WordList;
  attribution_adjunct_starts: WordList;
  trailing_adjuncts: WordList;
  attribution_followers: WordList;
  object_determiners: WordList;
  title_function_words: WordList;
  chant_cues: WordList;
  display_cues: WordList;
  display_nouns: WordList;
  fronted_prepositions: WordList;
  saying_days: WordList;
  participle_adjective_before: WordList;
  spokes_heads: WordList;
  speaker_phrase_stops: WordList;
  speaker_prepositions: WordList;
  appositive_auxiliaries: WordList;
  verb_adjunct_starts: WordList;
  block_speaker_prepositions: WordList;
  contrast_conjunctions: WordList;
  be_forms: WordList;
  addressee_adjunct_starts: WordList;
  open_question_words: WordList;
  relay_participles: WordList;
  citing_participles: WordList;
  authoring_participles: WordList;
  judicial_documents: WordList;
  person_epithets: WordList;
  court_heads: WordList;
  appositive_relatives: WordList;
  speaker_relatives: WordList;
  spokes_prepositions: WordList;
  unit_heads: WordList;
  speaker_participles: WordList;
  empty_subjects: WordList;
  person_affiliation_prepositions: WordList;
  speaker_female_pronouns: WordList;
  speaker_male_pronouns: WordList;
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
  speakerVerbGap: set(file.speaker_verb_gap.words),
  speakerDeterminers: set(file.speaker_determiners.words),
  nounPhraseStops: set(file.noun_phrase_stops.words),
  subjectPronouns: set(file.subject_pronouns.words),
  finiteAuxiliaries: set(file.finite_auxiliaries.words),
  clauseVerbs: set(file.clause_verbs.words),
  connectives: set(file.connectives.words),
  thatAdjunctStarts: set(file.that_adjunct_starts.words),
  subjectDeterminers: set(file.subject_determiners.words),
  attributionDeterminers: set(file.attribution_determiners.words),
  attributionAdjunctStarts: set(file.attribution_adjunct_starts.words),
  trailingAdjuncts: set(file.trailing_adjuncts.words),
  attributionFollowers: set(file.attribution_followers.words),
  objectDeterminers: set(file.object_determiners.words),
  titleFunctionWords: set(file.title_function_words.words),
  chantCues: set(file.chant_cues.words),
  displayCues: set(file.display_cues.words),
  displayNouns: set(file.display_nouns.words),
  frontedPrepositions: set(file.fronted_prepositions.words),
  sayingDays: set(file.saying_days.words),
  participleAdjectiveBefore: set(file.participle_adjective_before.words),
  spokesHeads: set(file.spokes_heads.words),
  speakerPhraseStops: set(file.speaker_phrase_stops.words),
  speakerPrepositions: set(file.speaker_prepositions.words),
  appositiveAuxiliaries: set(file.appositive_auxiliaries.words),
  verbAdjunctStarts: set(file.verb_adjunct_starts.words),
  blockSpeakerPrepositions: set(file.block_speaker_prepositions.words),
  contrastConjunctions: set(file.contrast_conjunctions.words),
  beForms: set(file.be_forms.words),
  addresseeAdjunctStarts: set(file.addressee_adjunct_starts.words),
  openQuestionWords: set(file.open_question_words.words),
  relayParticiples: set(file.relay_participles.words),
  citingParticiples: set(file.citing_participles.words),
  authoringParticiples: set(file.authoring_participles.words),
  judicialDocuments: set(file.judicial_documents.words),
  personEpithets: set(file.person_epithets.words),
  courtHeads: set(file.court_heads.words),
  appositiveRelatives: set(file.appositive_relatives.words),
  speakerRelatives: set(file.speaker_relatives.words),
  spokesPrepositions: set(file.spokes_prepositions.words),
  /** "the local branch of X said": a unit of a body speaks for it. */
  unitHeads: set(file.unit_heads.words),
  /** ", accusing …": the speaker's own act after the reported clause. */
  speakerParticiples: set(file.speaker_participles.words),
  emptySubjects: set(file.empty_subjects.words),
  personAffiliationPrepositions: set(file.person_affiliation_prepositions.words),
  speakerFemalePronouns: set(file.speaker_female_pronouns.words),
  speakerMalePronouns: set(file.speaker_male_pronouns.words),
};
