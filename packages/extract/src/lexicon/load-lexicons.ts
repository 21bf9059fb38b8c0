import { type Country, loadPlaces } from './load-places.js';
import { readData } from './read-data.js';

export type { Country };

export interface Trigger {
  t: string;
  type: string;
  w: number;
  class?: string;
  /** Why the hand type stands against the dictionary's patterns (no pattern recodes it). */
  keep?: string;
}

interface TitleFile {
  titles: string[];
  /** Occupation nouns written before a name ("Biologist Ruth Ames"): read as titles. */
  occupations: string[];
  of_objects: string[];
  modifiers: string[];
  /** A title and the nouns that refer back to its holder ("Justice" → "judge"). */
  role_nouns: Record<string, string[]>;
}
interface NamePartFile {
  organization_heads: string[];
  location_heads: string[];
  document_heads: string[];
  place_articles: string[];
  of_heads: string[];
  name_particles: string[];
  surname_prefixes: string[];
  legal_suffixes: string[];
  organization_first_words: string[];
  location_first_words: string[];
  compass_words: string[];
  possessive_name_words: string[];
  post_nominals: string[];
  surname_heads: string[];
  congregation_heads: string[];
  saint_words: string[];
  generational_suffixes: string[];
}
interface GivenNameFile {
  female: string[];
  male: string[];
}
interface PlaceFile {
  places: string[];
  regional_demonyms: Record<string, string>;
  state_abbreviations: Record<string, string>;
  adjectives: string[];
}
interface CommonFile {
  words: string[];
  caption_labels: string[];
  months: string[];
  weekdays: string[];
  articles: string[];
  indefinite_articles: string[];
  list_conjunctions: string[];
  clause_conjunctions: string[];
}
interface SpeechFile {
  verbs: Record<string, boolean>;
  multiword_cues: string[];
  reporter_nouns: string[];
  told_verbs: string[];
  tell_forms: string[];
}
interface ActorNameFile {
  given_names: string[];
  person: string[];
  organization: string[];
  location: string[];
}
interface TriggerFile {
  triggers: Trigger[];
  criticism: { words: string[] };
  senses: {
    participle_auxiliaries: string[];
    passive_be: string[];
    manner_adverbs: string[];
    market_units: string[];
    disaster_agents: string[];
    held_persons: string[];
    rate_objects: string[];
    /** Words that end a short object phrase before its rate noun could come ("raised concerns about prices"). */
    object_ends: string[];
    /** Setters' verbs that change nothing: they tell a rate decision only with a rate for object. */
    holding_verbs: string[];
    /** What a suspension or ban of the public's restricts ("mobile internet", "the use of …"). */
    restricted_objects: string[];
    /** Words before "strike" that make it an armed one ("air strike", "drone strike"). */
    military_strike_words: string[];
    /** What a freeze withholds as a sanction ("froze a grant", "frozen assets"). */
    frozen_funds: string[];
    market_approximators: string[];
    market_fractions: string[];
    /** What an offer concedes in a dispute ("offered a 4.1 percent raise"). */
    concession_objects: string[];
    /** What is asked for that makes no request an event ("asked for comment"). */
    ask_objects_not: string[];
    /** What an acceptance accedes to ("accepted demands"): the dictionary's CAMEO 083, not the lexicon's AGREE. */
    acceded_objects: string[];
    /** A legislature's or a court's words: an approval in their clause is a vote or a ruling (OTHER). */
    legislature_words: string[];
    /** Help sent or delivered: the sending is AID (class dispatch). */
    aid_goods: string[];
    /** Disasters named after an article ("a fire killed …"). */
    article_disasters: string[];
    /** Words that open the disaster after a killing ("killed … after a landslide"). */
    disaster_openers: string[];
    /** Documents whose signatories "signed by" names: no agreement. */
    unsigned_documents: string[];
    /** A court's words: a petition in their clause is legal action (ACCUSE). */
    court_words: string[];
    /** What an approval grants that makes it aid ("approved a loan"). */
    aid_objects: string[];
    /** Nouns for the page itself ("This report was first published …"). */
    page_nouns: string[];
  };
  relation_cues: Record<string, string>;
  modality: Record<string, string[]>;
  schedules: { copulas: string[]; cues: Record<string, string[]>; verbs_after_to: string[] };
}

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/**
 * A set of lower-case names that also finds a name written with accents the list lacks ("héctor" by
 * "hector", "joão" by "joao"): news spells Spanish and Portuguese names with their accents.
 */
class AccentFoldedSet extends Set<string> {
  override has(w: string): boolean {
    return super.has(w) || (NON_ASCII.test(w) && super.has(foldAccents(w)));
  }
}
const NON_ASCII = /[^\u0000-\u007f]/;
const foldAccents = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');

const titles = readData<TitleFile>('titles.json');
const parts = readData<NamePartFile>('name-parts.json');
const places = readData<PlaceFile>('places.json');
const common = readData<CommonFile>('common-words.json');
const speech = readData<SpeechFile>('speech-verbs.json');
const triggers = readData<TriggerFile>('event-triggers.json');
const givenNames = readData<GivenNameFile>('given-names.json');
const participantFile = readData<Record<string, string[]>>('event-participants.json');
const entityFile = readData<
  Record<string, string[]> & { head_pairs: { location: string[]; organization: string[] } }
>('entity-words.json');
const actorNames = readData<ActorNameFile>('generated/actor-names.json');
const englishWords = new Set(readData<{ words: string[] }>('generated/english-words.json').words);
/** The generic agent phrases of the Phoenix dictionary ("officials", "riot police"), lower case. */
const agentPhrases = Object.keys(
  readData<{ agents: Record<string, string> }>('generated/agents.json').agents,
);
const handGiven = lower([...givenNames.female, ...givenNames.male]);
/** Given names: the hand list, and first words of the actor dictionaries' people that are not English words. */
const given = new AccentFoldedSet(handGiven);
for (const w of actorNames.given_names) if (!englishWords.has(w)) given.add(w);

/** Entity type of every known actor name (lower case). */
const actorType = new Map<string, 'person' | 'organization' | 'location'>();
for (const type of ['person', 'organization', 'location'] as const)
  for (const name of actorNames[type]) actorType.set(name, type);
// the hand lists of legislatures' and news agencies' proper names ("the Riigikogu", "Kyodo News")
for (const name of [...entityFile.legislature_names!, ...entityFile.news_agency_names!]) {
  const key = name.toLowerCase();
  if (!actorType.has(key)) actorType.set(key, 'organization');
}

/**
 * Surnames of the actor dictionaries' people ("putin" of "vladimir putin"): the last word of a name of two
 * or more words, when it is not an English word, a given name, a word that never makes a name, a place, or
 * an actor name of its own. A lone capitalized word found here is a person ("Putin offered to negotiate").
 */
function actorSurnames(never: ReadonlySet<string>, placesKnown: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const name of actorNames.person) {
    const space = name.lastIndexOf(' ');
    if (space < 0) continue;
    const w = name.slice(space + 1);
    if (!/^[a-z][a-z'-]{2,}$/.test(w) || englishWords.has(w) || given.has(w)) continue;
    if (never.has(w) || placesKnown.has(w) || actorType.has(w)) continue;
    out.add(w);
  }
  return out;
}

/** Lower-case words that never make a place name on their own: common words, given names, titles. */
const notPlaces: ReadonlySet<string> = new Set([
  ...lower(common.words),
  ...lower(common.months),
  ...lower(common.weekdays),
  ...lower(givenNames.female),
  ...lower(givenNames.male),
  ...lower(titles.titles),
  ...lower(titles.occupations),
]);
const {
  countryByKey,
  demonymCountry,
  capitalCountry,
  places: placeNames,
} = loadPlaces({ places: places.places, regionalDemonyms: places.regional_demonyms, notPlaces });
const surnames = actorSurnames(notPlaces, placeNames);

/** ASCII without capitals: a string that toLowerCase leaves as it is. */
function isLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Whether a string has a capital A–Z (then toLowerCase changes it: it is no lower-case key). */
function hasAsciiCapital(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Country by a lower-case name or alias (leading "the" dropped); `lower` is key.toLowerCase() when known. */
function countryOf(key: string, lower: string | null): Country | undefined {
  // the keys are lower case: a key with a capital ("United States") can only be found lower-cased
  if (!hasAsciiCapital(key)) {
    const found = countryByKey.get(key);
    if (found !== undefined) return found;
    // most keys are lower case already: toLowerCase would copy them only to find nothing changed
    if (isLowerAscii(key)) return key.startsWith('the ') ? countryByKey.get(key.slice(4)) : undefined;
  }
  let k = lower ?? key.toLowerCase();
  if (k.startsWith('the ')) k = k.slice(4);
  return k === key ? undefined : countryByKey.get(k);
}

/** Every word list and lexicon, loaded once at module load and never changed. */
export const lexicon = {
  /** The generic agent phrases of the Phoenix dictionary ("officials", "riot police"), lower case. */
  agentPhrases: agentPhrases as readonly string[],
  /** The one-word agents ("protesters", "residents"): common nouns, never a name by themselves. */
  agentWords: new Set(agentPhrases.filter((p) => !p.includes(' '))) as ReadonlySet<string>,
  titles: lower([...titles.titles, ...titles.occupations]),
  titleOfObjects: lower(titles.of_objects),
  /** Titles that only qualify the title after them ("former", "acting"). */
  titleModifiers: lower(titles.modifiers),
  /** A title (lower case) → the nouns that refer back to its holder when not its last word ("justice" → "judge"). */
  titleRoles: new Map(
    Object.entries(titles.role_nouns).map(([t, roles]) => [t.toLowerCase(), roles]),
  ) as ReadonlyMap<string, readonly string[]>,
  orgHeads: lower(parts.organization_heads),
  locHeads: lower(parts.location_heads),
  /** Last words of documents' names ("Minamata Convention"): never a person's. */
  documentHeads: lower(parts.document_heads),
  /** "La", "El": articles that open a place's name ("La Digue", "El Geneina"). */
  placeArticles: lower(parts.place_articles),
  /** Location heads that are common surnames too ("Elena Marsh"). */
  surnameHeads: lower(parts.surname_heads),
  congregationHeads: lower(parts.congregation_heads),
  ofHeads: lower(parts.of_heads),
  particles: lower(parts.name_particles),
  /** "Mc" of "McDonald", "De" of "DeSantis": what comes before a capital inside a surname. */
  surnamePrefixes: lower(parts.surname_prefixes),
  legalSuffixes: lower(parts.legal_suffixes),
  orgFirstWords: lower(parts.organization_first_words),
  locFirstWords: lower(parts.location_first_words),
  compass: lower(parts.compass_words),
  possessiveNameWords: lower(parts.possessive_name_words),
  /** Honours and ranks written after a name ("KC", "OBE"), as written (case matters: "Sc" is no rank). */
  postNominals: new Set(parts.post_nominals) as ReadonlySet<string>,
  /** "St", "Saint", "Ste" before a name, as written. */
  saintWords: new Set(parts.saint_words) as ReadonlySet<string>,
  /** "Jr", "Sr" after a personal name, as written. */
  generationalSuffixes: new Set(parts.generational_suffixes) as ReadonlySet<string>,
  femaleNames: new AccentFoldedSet(lower(givenNames.female)) as ReadonlySet<string>,
  maleNames: new AccentFoldedSet(lower(givenNames.male)) as ReadonlySet<string>,
  places: placeNames as ReadonlySet<string>,
  notPlaces,
  adjectives: lower(places.adjectives),
  /** US state abbreviations in AP style, lower case, without their final dot ("kan", "n.y"), to the state. */
  stateAbbreviations: new Map(
    Object.entries(places.state_abbreviations).map(([k, v]) => [k.toLowerCase(), v]),
  ) as ReadonlyMap<string, string>,
  common: lower(common.words),
  months: lower(common.months),
  captionLabels: lower(common.caption_labels),
  weekdays: lower(common.weekdays),
  /** "the", "a", "an". */
  articles: lower(common.articles) as ReadonlySet<string>,
  /** "a", "an". */
  indefiniteArticles: lower(common.indefinite_articles) as ReadonlySet<string>,
  /** "and", "or": conjunctions that join the items of a list. */
  listConjunctions: lower(common.list_conjunctions) as ReadonlySet<string>,
  /** "and", "but": conjunctions that open another clause. */
  clauseConjunctions: lower(common.clause_conjunctions) as ReadonlySet<string>,
  speechVerbs: new Map(Object.entries(speech.verbs)),
  speechCues: speech.multiword_cues.map((c) => c.split(' ')),
  reporterNouns: lower(speech.reporter_nouns),
  /** "told", "tells": 'tell' reporting speech to an addressee. */
  toldVerbs: lower(speech.told_verbs) as ReadonlySet<string>,
  /** "told", "tells", "tell": 'tell' with its addressee before the reported clause. */
  tellForms: lower(speech.tell_forms) as ReadonlySet<string>,
  triggers: triggers.triggers,
  relationCues: new Map(Object.entries(triggers.relation_cues)),
  modality: triggers.modality,
  criticism: lower(triggers.criticism.words),
  /** Words around a trigger that decide its sense (event/rules/lexicon.ts). */
  triggerSenses: triggers.senses,
  /** Cues of a scheduled happening ("is set for March 7"; event/rules/scheduled.ts). */
  schedules: {
    copulas: lower(triggers.schedules.copulas) as ReadonlySet<string>,
    cues: new Map(
      Object.entries(triggers.schedules.cues).map(([c, after]) => [c, lower(after)]),
    ) as ReadonlyMap<string, ReadonlySet<string>>,
    verbsAfterTo: lower(triggers.schedules.verbs_after_to) as ReadonlySet<string>,
  },
  /** Country by any lower-case name or alias (leading "the" dropped). */
  country: (key: string): Country | undefined => countryOf(key, null),
  /**
   * lexicon.country(key) for a caller that has key.toLowerCase() already (`lower`): the name's typing looks
   * the same lower-case name up in several lists, and each copy of it is hashed anew.
   */
  countryOfLower: (key: string, lower: string): Country | undefined => countryOf(key, lower),
  /** Country (or region) name of a demonym such as "Kenyan" or "Tibetans". */
  demonym: (word: string): string | undefined => {
    // the keys are lower case: a word with a capital can only be found lower-cased
    if (!hasAsciiCapital(word)) {
      const found = demonymCountry.get(word);
      if (found !== undefined) return found;
      if (isLowerAscii(word)) return undefined;
    }
    const lower = word.toLowerCase();
    return lower === word ? undefined : demonymCountry.get(lower);
  },
  /** Common English words (lower case, no proper names). */
  english: englishWords,
  /** Given names of people (lower case). */
  givenNames: given,
  /** Type of a known actor name (Phoenix dictionaries), by its lower-case key. */
  actorType: (key: string) => actorType.get(key),
  /** A surname of the actor dictionaries' people (lower case; see actorSurnames). */
  actorSurnames: surnames as ReadonlySet<string>,
  /** Country whose capital this is. */
  capitalOf: (city: string): string | undefined => capitalCountry.get(city.toLowerCase()),
  /** Capital of a country name. */
  capitalFor: (countryName: string): string | undefined =>
    countryByKey.get(countryName.toLowerCase())?.capitals[0],
};

/** Closed-class words that decide an event's participants (data/event-participants.json), lower case. */
export const participantWords = {
  subjectPronouns: lower(participantFile.subject_pronouns!),
  /** "It also suspended its dividend": pronouns that stand for the last organization named. */
  organizationPronouns: lower(participantFile.organization_pronouns!),
  /** "the government": nouns for the government of the country the article is about. */
  governmentNouns: lower(participantFile.government_nouns!),
  /** Trigger classes and phrases of happenings of nature: only countries take part. */
  naturalClasses: lower(participantFile.natural_classes!),
  naturalTriggers: lower(participantFile.natural_triggers!),
  /** "asked why …", "said that …": words that open a clause after a trigger, which ends its object. */
  objectClauseOpeners: lower(participantFile.object_clause_openers!),
  /** "the federal government": words that may qualify it. */
  governmentAdjectives: lower(participantFile.government_adjectives!),
  groupNouns: lower(participantFile.group_nouns!),
  locativePrepositions: lower(participantFile.locative_prepositions!),
  directionalPrepositions: lower(participantFile.directional_prepositions!),
  organizationAnaphors: lower(participantFile.organization_anaphors!),
  /** "the two sides", "both countries": nouns that stand for the last two countries named. */
  pairNouns: lower(participantFile.pair_nouns!),
  pairPersonNouns: lower(participantFile.pair_person_nouns!),
  companyAnaphors: lower(participantFile.company_anaphors!),
  publicBodyHeads: lower(participantFile.public_body_heads!),
  venueHeads: lower(participantFile.venue_heads!),
  objectReportingVerbs: lower(participantFile.object_reporting_verbs!),
  /** Words that open a subordinate clause (split-clauses.ts). */
  subordinators: lower(participantFile.subordinators!),
  /** "… and was still refusing": auxiliaries after "and" that open a clause sharing the subject before. */
  auxiliariesAfterAnd: lower(participantFile.auxiliaries_after_and!),
  subjectsAfterAnd: lower(participantFile.subjects_after_and!),
  timesAfterAnd: lower(participantFile.times_after_and!),
  prepositionsAfterAnd: lower(participantFile.prepositions_after_and!),
  /** "the attack", "such talks": determiners of a description that refers back to an event. */
  definiteDeterminers: lower(participantFile.definite_determiners!),
  /** "X said she would …": reporting verbs after which "would" is the future of the past. */
  futureReportingVerbs: lower(participantFile.future_reporting_verbs!),
  /** "his resignation": possessive determiners. */
  possessiveDeterminers: lower(participantFile.possessive_determiners!) as ReadonlySet<string>,
  /** "in the Kremlin": prepositions before a body named after a venue that make it the place. */
  venuePrepositions: lower(participantFile.venue_prepositions!) as ReadonlySet<string>,
  /** "which", "who", "that": words that open a relative clause. */
  relativeOpeners: lower(participantFile.relative_openers!) as ReadonlySet<string>,
  /** "X, who …": relative pronouns whose antecedent is the subject. */
  subjectRelatives: lower(participantFile.subject_relatives!) as ReadonlySet<string>,
  /** "he resigned", "his resignation": pronouns before a trigger that stand for its actor. */
  actorPronouns: lower(participantFile.actor_pronouns!) as ReadonlySet<string>,
  /** "arrested him": pronouns after a trigger that stand for its target. */
  targetPronouns: lower(participantFile.target_pronouns!) as ReadonlySet<string>,
};

/** Words around and inside names that type them (data/entity-words.json), lower case. */
export const entityWords = {
  locativePrepositions: lower(entityFile.locative_prepositions!),
  andHeads: lower(entityFile.and_heads!),
  forHeads: lower(entityFile.for_heads!),
  /** "Council on Foreign Relations", "Panel on Climate Change": heads a name continues after "on". */
  onHeads: lower(entityFile.on_heads!),
  inHeads: lower(entityFile.in_heads!),
  /** "EU Delegation to Georgia", "Permanent Mission to the United Nations": heads a name continues after "to". */
  toHeads: lower(entityFile.to_heads!),
  /** "Special Prosecutor's Office against Corruption": heads a name continues after a lower-case "against". */
  againstHeads: lower(entityFile.against_heads!),
  /** "Cyclone Evan", "Tropical Storm Ana": words that make the name after them a storm's. */
  stormWords: lower(entityFile.storm_words!),
  nameAdjectives: lower(entityFile.name_adjectives!),
  placeTitles: lower(entityFile.place_titles!),
  buildings: lower(entityFile.buildings!),
  /** "convention centre" → location, "school district" → organization. */
  headPairs: new Map<string, 'location' | 'organization'>([
    ...entityFile.head_pairs.location.map((p) => [p, 'location'] as const),
    ...entityFile.head_pairs.organization.map((p) => [p, 'organization'] as const),
  ]),
  institutions: lower(entityFile.institutions!),
  standaloneInstitutions: lower(entityFile.standalone_institutions!),
  /** Words that name a political party by themselves, capitalized mid-sentence ("Labor", "the Greens"). */
  partyNames: lower(entityFile.party_names!),
  memberNouns: lower(entityFile.member_nouns!),
  /** "shares in X", "a stake in X": nouns whose "in X" is a company. */
  holdingNouns: lower(entityFile.holding_nouns!),
  /** "Spotify's stock": nouns that make the possessor before them a company. */
  companyNouns: lower(entityFile.company_nouns!),
  placeNouns: lower(entityFile.place_nouns!),
  publicationVerbs: lower(entityFile.publication_verbs!),
  placePrepositions: lower(entityFile.place_prepositions!),
  /** ISO 4217 codes: before a number a currency ("EGP 41.5"), not a name. */
  currencyCodes: new Set(entityFile.currency_codes!) as ReadonlySet<string>,
  /** "told CNC3 outside …", "told The Local that": words after an outlet told something. */
  outletFollowers: lower(entityFile.outlet_followers!),
  femaleTitles: lower(entityFile.female_titles!),
  maleTitles: lower(entityFile.male_titles!),
  orgKindNouns: lower(entityFile.organization_kind_nouns!),
  /** "capital gains", "capital punishment": 'capital' before one of these is no country's capital. */
  capitalCompounds: lower(entityFile.capital_compounds!),
  /** "a professor at X": prepositions before a name that make it where a person belongs. */
  affiliationPrepositions: lower(entityFile.affiliation_prepositions!),
  /** "the two church leaders": counts and quantifiers that make an organization noun a modifier. */
  quantifiers: lower(entityFile.quantifiers!),
  personPronouns: lower(entityFile.person_pronouns!),
  femalePronouns: lower(entityFile.female_pronouns!),
  malePronouns: lower(entityFile.male_pronouns!),
  /** "X, a private school in Milan": words that may follow the head noun of an apposition. */
  appositionAfterHead: lower(entityFile.apposition_after_head!),
  /** A sector's word that, before a country's or a region's name, names its agency ("Transport Canada"). */
  agencyFirstWords: lower(entityFile.agency_first_words!),
  /** Nouns for a person heading an apposition after a given name alone ("Fatima, a mother of four"). */
  personAppositionNouns: lower(entityFile.person_apposition_nouns!),
  /** "Minister of Finance", "Secretary for Health": prepositions between a title and its portfolio. */
  portfolioPrepositions: lower(entityFile.portfolio_prepositions!) as ReadonlySet<string>,
  /** "Detroit-based": participles after a hyphen that make the name before a place. */
  originParticiples: lower(entityFile.origin_participles!) as ReadonlySet<string>,
  /** "published in X": prepositions after a republication verb. */
  publicationPrepositions: lower(entityFile.publication_prepositions!) as ReadonlySet<string>,
  /** "a professor at X": prepositions after a member noun or a byline's role. */
  memberPrepositions: lower(entityFile.member_prepositions!) as ReadonlySet<string>,
  /** "Trinidad and Tobago": lower-case words (besides "&") that may join a longer gazetteer name. */
  nameBridges: lower(entityFile.name_bridges!) as ReadonlySet<string>,
  /** "lost 1 – 2 to England": prepositions that tie a country to a score. */
  resultPrepositions: lower(entityFile.result_prepositions!) as ReadonlySet<string>,
};
