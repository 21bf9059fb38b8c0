/**
 * Every rule that can find or recode an event, with what it does and one sentence it fires on (the
 * fixture a test runs). An event's `provenance.rule` is `<id>:<trigger>`; the id is always listed here.
 * Each rule's code is event/rules/<name>.ts, except those that code CAMEO verb combinations in event/cameo/:
 * event/cameo-pattern (match-cameo-verb.ts), event/intent and event/intent-refused (combine-intent.ts).
 * Filters that only drop a trigger emit no rule id and have no entry: rules/no-act.ts (a sense that names
 * no act: an in-game incident, play in a sports contest, an adjectival participle, a thing for object).
 */
export const EVENT_RULES = {
  'event/lexicon': {
    description: 'A trigger word or phrase of the news lexicon (data/event-triggers.json) names the event.',
    fixture: 'Indian and Pakistani officials held talks in Islamabad on Monday.',
    expected: 'CONSULT',
  },
  'event/lexicon-pattern': {
    description:
      "A lexicon verb whose CAMEO dictionary pattern matches the clause takes the pattern's more specific code.",
    fixture: 'The Israeli army lifted a day-old blockade on Palestinian lorries.',
    expected: 'RETREAT',
  },
  'event/cameo-verb': {
    description:
      'A verb of the CAMEO verb dictionary (data/generated/event-verbs.json) with a source actor before it, in a clause the lexicon has nothing for; its CAMEO code gives the PLOVER type.',
    fixture: 'The party leaders surrendered to the army on Sunday.',
    expected: 'CONCEDE',
  },
  'event/cameo-pattern': {
    description:
      'A CAMEO verb whose dictionary pattern (object, preposition, subject) matches the clause sets the code.',
    fixture: 'The government eased the curfew in the capital on Friday.',
    expected: 'CONCEDE',
  },
  'event/modal-demand': {
    description: 'A demand modal ("must") before the verb: the speaker demands the act (REQUEST).',
    fixture: 'Russia said that Sudan must return the helicopter.',
    expected: 'REQUEST',
  },
  'event/intent': {
    description:
      'A future auxiliary or "willing to" before the verb states an intent: a cooperative act is AGREE, a conflictual one THREATEN.',
    fixture: 'The rebels will storm the capital of Chad.',
    expected: 'THREATEN',
  },
  'event/intent-refused': {
    description: 'A negated intent to a cooperative act ("will not accept") refuses it (REJECT).',
    fixture: 'Syria says it will not accept any more refugees.',
    expected: 'REJECT',
  },
  'event/commitment': {
    description:
      'A commitment verb ("promised", "vowed", "offered") with a "to" complement codes the intent to that act: AGREE, THREATEN for a conflictual act, REJECT for a refused cooperative one.',
    fixture: 'The rebels have sworn to fight the army until the end of the year.',
    expected: 'THREATEN',
  },
  'event/aid-offered': {
    description:
      'An offer (an intent, AGREE by the dictionary) whose object is help, money or relief goods ("offered help", "offered two firefighting aircraft"): aid, AID (CAMEO 07).',
    fixture: 'Turkey offered two firefighting aircraft to Greece on Monday.',
    expected: 'AID',
  },
  'event/natural-force': {
    description:
      'An act of force (ASSAULT, COERCE) done by a natural force, a disaster\'s word before it in its clause or the subject of the sentence an -ing clause hangs on ("the volcano began throwing ash", "a fire broke out …, destroying 14 houses"): a happening, OTHER.',
    fixture: 'The Manaro Voui volcano began throwing ash and rocks into the air on Sunday.',
    expected: 'OTHER',
  },
  'event/rejected-object': {
    description:
      'A verb that can remove a person or reject a request ("dismissed") whose object is one the CAMEO REFUSE block rejects (appeal, offer, demands, proposal): REJECT.',
    fixture: 'The rebels dismissed an appeal from the president to lay down their arms.',
    expected: 'REJECT',
  },
  'event/failed-cooperation': {
    description:
      'A failure ("failed to") whose complement is a cooperative act refuses it (REJECT), as a negated intent does.',
    fixture: 'Palestinians and Israelis failed to reach agreement on the fate of the offices on Sunday.',
    expected: 'REJECT',
  },
  'event/score-result': {
    description:
      'A conflict act (ASSAULT, COERCE) in a clause that states a score ("1 – 0") is a contest\'s result: OTHER, not an attack.',
    fixture: 'Sweden crushed South Korea 4 – 0 in Nizhny Novgorod on Monday.',
    expected: 'OTHER',
  },
  'event/purpose': {
    description:
      'A verb after "to" that follows a meeting, moving or sending act is its purpose, an event of its own ("summoned the ambassador to complain").',
    fixture: 'Foreign Minister Ana Silva summoned the French ambassador to complain of the delays.',
    expected: 'ACCUSE',
  },
  'event/evaluation': {
    description:
      'A naming or describing verb ("called", "described … as") with a word of blame (data/speech-acts.json, with the criticism words of event-triggers.json) or praise after its object judges it: ACCUSE for blame, SUPPORT for praise.',
    fixture: 'Bishop Nunzio Galantino has called the sentence "dangerous".',
    expected: 'ACCUSE',
  },
  'event/need': {
    description:
      'A predicate of need in reported speech ("said more funding is needed", "said it is time for users to move") asks for what is needed: REQUEST.',
    fixture: 'Education minister Stefania Giannini said a more general reflection is needed.',
    expected: 'REQUEST',
  },
  'event/promise': {
    description:
      'A commitment verb with a noun or a that-clause for object ("promised a formal update") states an intent: AGREE, or the type the commitment rule gives for the act it names.',
    fixture: 'Prime Minister Rishi Sunak promised a formal update on the asylum backlog.',
    expected: 'AGREE',
  },
  'event/ultimatum': {
    description:
      'A deadline given to someone to act by an actor named before the verb ("gave the government until Wednesday to reverse the increase", "gave them 48 hours to leave"): a demand (REQUEST), a threat (THREATEN) when a consequence follows ("… or face a strike").',
    fixture: 'The union gave the government until Wednesday to reverse the price increase.',
    expected: 'REQUEST',
  },
  'event/warning': {
    description:
      'A warning whose clause says what would be done, on a condition ("would be expelled if …", "would boycott lectures unless …") or as a consequence threatened ("would pay dearly"), threatens: THREATEN.',
    fixture: 'The union warned that its members would strike on Monday unless the arrears were paid.',
    expected: 'THREATEN',
  },
  'event/denial': {
    description:
      'An assertive verb of saying ("asserted", "stated", "insisted") whose complement is negated ("that the boy was not …") denies a claim: REJECT.',
    fixture: 'Scientology officials have stated they have not received the materials.',
    expected: 'REJECT',
  },
  'event/scheduled': {
    description:
      'A clause with no act of its own that says something is scheduled ("is set for", "is scheduled to", "is due to") states a planned happening: OTHER, or the type of a meeting or aid scheduled ("is due to meet": CONSULT).',
    fixture: 'A disciplinary hearing is set for March 7.',
    expected: 'OTHER',
  },
  'event/statement': {
    description: 'A critical direct quote of a named speaker is an accusation made where its cue stands.',
    fixture: '"The raid was brazen and unlawful," said Foreign Minister John Smith.',
    expected: 'ACCUSE',
  },
} as const satisfies Record<string, { description: string; fixture: string; expected: string }>;

export type EventRuleId = keyof typeof EVENT_RULES;

/** The catalog id of a provenance rule ("event/lexicon:talks" → "event/lexicon"). */
export function ruleIdOf(provenanceRule: string): string {
  const at = provenanceRule.indexOf(':');
  return at < 0 ? provenanceRule : provenanceRule.slice(0, at);
}
