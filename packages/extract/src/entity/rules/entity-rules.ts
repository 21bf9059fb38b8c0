import type { NameType } from '../candidates/candidate.js';

/** One entity rule: what it recognizes, and a text in which it names the expected entity. */
export interface EntityRule {
  description: string;
  fixture: string;
  expected: { name: string; type: NameType };
  /** The outlet of the fixture's source metadata, for a rule that reads it. */
  outlet?: string;
}

/**
 * Every rule id an entity mention can carry in its provenance. Candidate.rule is typed by this catalog,
 * so a rule cannot be emitted without a description and a fixture (entity-rules.test.ts runs them all).
 */
export const ENTITY_RULES = {
  'entity/name': {
    description: 'a capitalized name that no other rule types, kept because the article uses it as a name',
    fixture: 'Zorvath Industries hired Mbeki Tundu. Later Tundu said Zorvath was growing.',
    expected: { name: 'Mbeki Tundu', type: 'person' },
  },
  'entity/acronym': {
    description: 'an abbreviation in capitals used more than once, taken for an organization',
    fixture: 'The QXR said on Monday that prices rose. The QXR will meet again.',
    expected: { name: 'QXR', type: 'organization' },
  },
  'entity/before-title': {
    description:
      'an institution or place written before a title and a personal name ("Springfield Mayor John Roe", "Labour\'s Shadow Home Secretary Jane Roe")',
    fixture: 'Zorbland Mayor John Roe opened the bridge.',
    expected: { name: 'Zorbland', type: 'location' },
  },
  'entity/byline': {
    description:
      'the author and the outlet named by a closing "X is an editor at Y" line; the author of a "By X, Place" line (no place for its neighbour)',
    fixture: 'Talks resumed on Monday.\n\nMara Velkin is an assistant editor at the Zorvath Council.',
    expected: { name: 'Zorvath Council', type: 'organization' },
  },
  'entity/camel-case': {
    description:
      'a single word with a capital inside after lower-case letters ("OpenAI", "YouTube"), unless a surname prefix ("McDonald", "DeSantis"): a company or product, not a place or person',
    fixture: 'Shares rose after VelloTech said it would hire 200 engineers. VelloTech is based in Oslo.',
    expected: { name: 'VelloTech', type: 'organization' },
  },
  'entity/company-name': {
    description:
      'a name written elsewhere in the article with a company suffix is that company; so is a run of common words that opens a company\'s name written in full ("Azure Sands" after "Azure Sands Properties"), or a place\'s before its two-word head ("Shaare Zedek" after "Shaare Zedek Medical Center")',
    fixture: 'Acme Motors Inc. reported a loss. Investors said Acme Motors would recover.',
    expected: { name: 'Acme Motors Inc', type: 'organization' },
  },
  'entity/context': {
    description:
      'the words before a name type it ("an analyst at X" an organization; an outlet told something that no other rule names, "told CNC3 outside the gate", "told Times of Malta that")',
    fixture: 'Jane Doe, an analyst at Brightwater, said markets fell.',
    expected: { name: 'Brightwater', type: 'organization' },
  },
  'entity/dateline': {
    description: 'an all-capitals place opening a paragraph before a dash or comma',
    fixture: 'ZORBLAND — Officials met on Monday.',
    expected: { name: 'ZORBLAND', type: 'location' },
  },
  'entity/description:capital': {
    description: '"Kenya\'s capital" or "the capital" names the capital city of the country',
    fixture: "Kenya's capital was calm on Monday.",
    expected: { name: 'Nairobi', type: 'location' },
  },
  'entity/gazetteer': {
    description: 'a name or alias of the gazetteer (verified Wikidata identifiers)',
    fixture: 'The United Nations sent observers.',
    expected: { name: 'United Nations', type: 'organization' },
  },
  'entity/headline-known-name': {
    description: 'in a Title Case headline, a span that the body or a word list knows',
    fixture: 'Talks In Kenya Resume After Long Delay\n\nDelegates met in Kenya on Monday.',
    expected: { name: 'Kenya', type: 'location' },
  },
  'entity/kind-noun': {
    description:
      'a noun naming a kind of organization right before the name ("the firm X") or heading its apposition ("X, a private school")',
    fixture: 'Shares of the software firm Zorvathix rose. Velmora, a private school in Lagos, closed.',
    expected: { name: 'Zorvathix', type: 'organization' },
  },
  'entity/known-actor': {
    description:
      'a known actor of the Phoenix dictionaries (companies, media, armed groups, places, leaders)',
    fixture: 'Shares of Microsoft fell on Monday.',
    expected: { name: 'Microsoft', type: 'organization' },
  },
  'entity/outlet': {
    description:
      'the outlet that publishes the article (source metadata) named in its text ("Wikinews spoke with", "told Reuters")',
    fixture: 'Zorvex spoke with a cosplayer at the fair.',
    expected: { name: 'Zorvex', type: 'organization' },
    outlet: 'Zorvex',
  },
  'entity/known-surname': {
    description:
      'a single word that is the surname of a person of the Phoenix dictionaries ("Putin offered to negotiate")',
    fixture: 'Talks resumed after Putin met the envoy.',
    expected: { name: 'Putin', type: 'person' },
  },
  'entity/lexicon:country': {
    description: 'a country name or alias of the country list',
    fixture: 'Delegates flew to Kenya on Monday.',
    expected: { name: 'Kenya', type: 'location' },
  },
  'entity/state-abbreviation': {
    description: "a US state's AP abbreviation after a place and a comma",
    fixture: 'A man from Tulsa, Okla., was arrested on Friday.',
    expected: { name: 'Oklahoma', type: 'location' },
  },
  'entity/lexicon:place': {
    description: 'a city or region of the place list',
    fixture: 'Delegates met in Peshawar on Monday.',
    expected: { name: 'Peshawar', type: 'location' },
  },
  'entity/listed-with-organization': {
    description: 'a lone untyped word listed with an organization is an organization',
    fixture: 'Zorvathix, Microsoft and Quillmar showed new consoles.',
    expected: { name: 'Zorvathix', type: 'organization' },
  },
  'entity/listed-with-place': {
    description: 'a name typed only by default takes the type of a place it is listed with',
    fixture: 'Storms hit Karachi and Zorbland on Monday.',
    expected: { name: 'Zorbland', type: 'location' },
  },
  'entity/location-head': {
    description: 'a name ending in a place head word ("Atacama Desert", "Marble Arch")',
    fixture: 'Hikers crossed the Zorvath Desert last week.',
    expected: { name: 'Zorvath Desert', type: 'location' },
  },
  'entity/location-prefix': {
    description: 'a name opening with a place word or a compass word ("North Zorbland")',
    fixture: 'Troops entered North Zorbland on Monday.',
    expected: { name: 'North Zorbland', type: 'location' },
  },
  'entity/locative': {
    description: 'an unknown name after a place preposition ("in X"), a weak guess',
    fixture: 'Floods hit homes in Zorbland on Monday.',
    expected: { name: 'Zorbland', type: 'location' },
  },
  'entity/metonym:capital': {
    description: 'a capital that speaks stands for its country ("Nairobi said")',
    fixture: 'Nairobi said the talks would resume.',
    expected: { name: 'Kenya', type: 'location' },
  },
  'entity/national-team': {
    description: 'a country written beside a match score is its national team',
    fixture: 'Sweden beat South Korea 1 – 0 on Monday.',
    expected: { name: 'South Korea', type: 'organization' },
  },
  'entity/of-name': {
    description: 'an institutional "X of Y" name, or a name opening with an organization word',
    fixture: 'The Bank of Zorbland raised rates.',
    expected: { name: 'Bank of Zorbland', type: 'organization' },
  },
  'entity/agency-name': {
    description:
      'a sector\'s word, then a country\'s or a known place\'s name, names its public agency ("Transport Canada", "Police Scotland")',
    fixture: 'Officials at Transport Canada said the rules would change.',
    expected: { name: 'Transport Canada', type: 'organization' },
  },
  'entity/org-head': {
    description: 'a name ending in an organization head word or company suffix',
    fixture: 'The Zorvath Council met on Monday.',
    expected: { name: 'Zorvath Council', type: 'organization' },
  },
  'entity/person-after-name': {
    description: 'a personal name written right after an organization or place name in one capitalized run',
    fixture: 'The head of the Red Cross Tamsin Okoro said it was wrong.',
    expected: { name: 'Tamsin Okoro', type: 'person' },
  },
  'entity/person-name': {
    description: 'an untyped name of two or more words that looks like a personal name',
    fixture: 'Mbeki Tundu arrived on Monday.',
    expected: { name: 'Mbeki Tundu', type: 'person' },
  },
  'entity/possessive': {
    description: 'a known name written as a possessive ("Pakistan\'s Supreme Court")',
    fixture: "Pakistan's Supreme Court ruled on Monday.",
    expected: { name: 'Supreme Court of Pakistan', type: 'organization' },
  },
  'entity/the-and-title': {
    description:
      'a capitalized "The" inside a sentence, then two common words joined by "and": the title of a publication ("told The Globe and Mail")',
    fixture: 'Mira Tal told The Lantern and Bell that the mill would close.',
    expected: { name: 'Lantern and Bell', type: 'organization' },
  },
  'entity/title-reference': {
    description: 'a title alone ("the Chief Justice") refers to the last person who carried it',
    fixture: 'Chief Justice Iftikhar Chaudhry arrived. The Chief Justice was calm.',
    expected: { name: 'Iftikhar Chaudhry', type: 'person' },
  },
  'entity/age-apposition': {
    description: 'a name followed by an age set off by commas is a person ("Linda Marsh, 67,")',
    fixture: 'We just drove, said Linda Marsh, 67, who lives there.',
    expected: { name: 'Linda Marsh', type: 'person' },
  },
  'entity/person-apposition': {
    description:
      'a given name written alone, then an age or an apposition with a noun for a person, is a person ("Fatima, a mother of four,")',
    fixture: 'Fatima, a mother of four, told aid workers that the taps were dry.',
    expected: { name: 'Fatima', type: 'person' },
  },
  'entity/party-name': {
    description:
      'a word that names a political party by itself, capitalized mid-sentence ("Labor", "the Greens")',
    fixture: 'The opposition accused Labor of reckless spending.',
    expected: { name: 'Labor', type: 'organization' },
  },
  'entity/titled-name': {
    description: 'a name after a title or honorific is a person ("President X")',
    fixture: 'President Zorvath Mbeki arrived on Monday.',
    expected: { name: 'Zorvath Mbeki', type: 'person' },
  },
} as const satisfies Record<string, EntityRule>;

export type EntityRuleId = keyof typeof ENTITY_RULES;
