import { describe, expect, it } from 'vitest';
import { makeSource } from '../fixtures/make-source.js';
import { extractArticle } from '../index.js';

const events = (text: string, published: string | null = null) => {
  const x = extractArticle(makeSource(text, published), text);
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
  return {
    events: x.events.map((e) => ({
      type: e.type,
      trigger: e.trigger,
      date: e.date,
      modality: e.modality,
      participants: e.participants.map((p) => name(p.entity)),
      spans: e.evidence.length,
    })),
    relations: x.relations.map((r) => [r.from, r.type, r.to, r.evidence.exact]),
  };
};

/** Entities of a text as type:name. */
const entities = (text: string) =>
  extractArticle(makeSource(text), text).entities.map((e) => `${e.type}:${e.name}`);

describe('events', () => {
  it('types events from triggers, dates them and links demonyms to their country', () => {
    const { events: e } = events(
      'India and Pakistan are neighbours.\n\nIndian and Pakistani officials engaged in secret talks from 2004 to 2007.',
    );
    expect(e).toEqual([
      {
        type: 'CONSULT',
        trigger: 'talks',
        date: '2004/2007',
        modality: 'asserted',
        participants: ['India', 'Pakistan'],
        spans: 1,
      },
    ]);
  });

  it('keeps a headline event only as another span of a body event of its kind', () => {
    const { events: e } = events(
      'Protest leader arrested in Lagos, minister vows inquiry\n\nPolice arrested the protest leader in Lagos on Monday.',
      '2024-03-12',
    );
    // "arrest" joins the body's arrest; "vows" (THREATEN) has no body event and is dropped
    expect(e.map((x) => [x.type, x.trigger, x.spans])).toEqual([['COERCE', 'arrested', 2]]);
  });

  it('reads duties and tariffs imposed as sanctions, accidents, tributes and downed tools; "head of" is a noun', () => {
    const typed = (text: string) => events(text, '2024-10-17').events.map((x) => [x.type, x.trigger]);
    expect(typed('The European Commission has imposed provisional duties of up to 31% on turbines.')).toEqual(
      [['SANCTION', 'imposed']],
    );
    expect(typed('The freight train derailed near Hornepayne on Monday.')).toEqual([['OTHER', 'derailed']]);
    expect(typed('Finance Minister Abena Darko-Ofori paid tribute to her on Monday.')).toEqual([
      ['SUPPORT', 'paid tribute'],
    ]);
    expect(typed('Nurses at the clinic laid down their tools on Friday.')).toEqual([
      ['PROTEST', 'laid down their tools'],
    ]);
    expect(typed('Laurentian Rail co-operated fully with the board.')).toEqual([
      ['COOPERATE', 'co-operated'],
    ]);
    expect(typed('"Prices fell," said Helima Ortiz, head of research at Citigroup Inc.')).toEqual([]);
  });

  it('opens a clause at ", and" before a subject pronoun or a fronted time phrase', () => {
    const { events: e } = events(
      'The union called a general strike in 1995 against her policies, and in 2008 the opposition National Democratic Congress accused her of selling state assets.',
      '2025-01-14',
    );
    expect(e.map((x) => [x.trigger, x.date, x.participants])).toEqual([
      ['strike', '1995', []],
      ['accused', '2008', ['National Democratic Congress']],
    ]);
  });

  it('leaves an institution after "in" out of the participants: it is where the act happened', () => {
    const { events: e } = events(
      'Finance Minister Abena Darko-Ofori praised her in Parliament on Monday.',
      '2025-01-14',
    );
    expect(e.map((x) => [x.trigger, x.participants])).toEqual([['praised', ['Abena Darko-Ofori']]]);
  });

  it('reads no act in a currency after an amount, and no participant in a venue', () => {
    const typed = (text: string) =>
      events(text, '2025-03-05').events.map((x) => [x.type, x.trigger, x.participants]);
    expect(typed('The strike would cost the company about 30 billion won a day.')).toEqual([
      ['PROTEST', 'strike', []],
    ]);
    expect(
      typed('Hanbit Heavy Industries sued the union at the Changwon District Court on Monday.').map(
        ([, , participants]) => participants,
      ),
    ).toEqual([['Hanbit Heavy Industries']]);
  });

  it('makes a place before a group acting for it a participant ("the Lagos State government imposed …")', () => {
    const { events: e } = events(
      'The Lagos State government imposed a dusk-to-dawn curfew on Thursday.',
      '2025-06-14',
    );
    expect(e.map((x) => [x.type, x.participants])).toEqual([['COERCE', ['Lagos State']]]);
  });

  it('takes a definite organization noun right before a dictionary verb for its actor ("the alliance is asking")', () => {
    const { events: e } = events(
      'The Southern Arizona Rental Owners Alliance sued the city. The alliance is asking a judge to block the ordinance.',
      '2025-02-12',
    );
    expect(e.map((x) => [x.type, x.trigger])).toEqual(expect.arrayContaining([['REQUEST', 'asking']]));
  });

  it('reads a vote of confidence as a happening (OTHER), not a bare "voted"', () => {
    const typed = (text: string) => events(text, '2024-05-21').events.map((x) => [x.type, x.trigger]);
    expect(
      typed('Prime Minister Hari Bahadur Thapa lost a vote of confidence in the House on Monday.'),
    ).toEqual([['OTHER', 'lost a vote']]);
  });

  it('reads an outbreak as a happening, and a bare month in a past relative clause after a plan as past', () => {
    const typed = (text: string, published: string) =>
      events(text, published).events.map((x) => [x.type, x.trigger, x.date]);
    expect(typed('Rwanda declared its own Marburg outbreak in September last year.', '2025-08-26')).toEqual([
      ['OTHER', 'outbreak', '2024-09'],
    ]);
    expect(
      typed(
        'Veltro agreed to buy Nordhavn in February after a contest with Fjordmejeri Group, which withdrew its rival offer in January.',
        '2024-07-24',
      ),
    ).toEqual(expect.arrayContaining([['RETREAT', 'withdrew', '2024-01']]));
  });

  it('leaves the only date of a sentence to the relative clause after the trigger that holds it', () => {
    const { events: e } = events(
      'Police arrested two men in Lagos, who had fled the country in 2019.',
      '2025-02-07',
    );
    expect(e.map((x) => [x.trigger, x.date])).toEqual([
      ['arrested', '2025-02-07'],
      ['fled', '2019'],
    ]);
  });

  it('reads the subject of a passive with its agent as the target, and a common-word company named so elsewhere', () => {
    const x = extractArticle(
      makeSource('Pakistan was attacked by India on Monday.', '2024-02-13'),
      'Pakistan was attacked by India on Monday.',
    );
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    expect(x.events.map((e) => e.participants.map((p) => [name(p.entity), p.role]))).toEqual([
      [
        ['Pakistan', 'target'],
        ['India', 'actor'],
      ],
    ]);
    const arrest = 'The dealer, Viktor Sokolov, was arrested in Cyprus on Monday.';
    const y = extractArticle(makeSource(arrest, '2024-02-13'), arrest);
    expect(y.events.map((e) => e.participants.map((p) => p.role))).toEqual([['target']]);
    const text = 'Apple said it would appeal. Shares in Apple fell 2.8% in early trading.';
    expect(extractArticle(makeSource(text), text).entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Apple', 2],
    ]);
  });

  it('leaves the agency credited in a dateline out of the participants', () => {
    expect(
      events(
        'WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a foreign aid package for Ukraine.',
        '2024-02-13',
      ).events.map((e) => e.participants),
    ).toEqual([['U.S. Senate', 'Ukraine']]);
  });

  it("leaves a relative clause's year to it, and dates the main act by the lede; a day there is the same news day", () => {
    const dated = (text: string) => events(text, '2026-03-13').events.map((e) => [e.trigger, e.date]);
    expect(dated('The Fraud Office, which brought the case in 2022, welcomed the sentence.')).toEqual([
      ['welcomed', '2026-03-13'],
    ]);
    expect(dated('The mayor, who flew to the capital on Sunday, welcomed the plan.')).toEqual([
      ['welcomed', '2026-03-08'],
    ]);
  });

  it('takes participants from the clause structure, not from every name nearby', () => {
    const text =
      'India and Pakistan are neighbours. Benazir Bhutto and Iftikhar Chaudhry are Pakistani.\n\n' +
      'Former Pakistani Prime Minister Benazir Bhutto, who recently returned home, spoke.\n\n' +
      'Militants attacked the Indian run bus in Kashmir.\n\n' +
      "Iftikhar Chaudhry was removed from his office by Pakistan's military government.";
    const parts = events(text).events.map((e) => [e.trigger, e.participants]);
    // a demonym inside a title or before a thing is not the country acting; "who" takes its antecedent
    expect(parts).toContainEqual(['returned', ['Benazir Bhutto']]);
    expect(parts).toContainEqual(['attacked', []]);
    // the possessor of a government acts for the country
    expect(parts).toContainEqual(['removed from', ['Iftikhar Chaudhry', 'Pakistan']]);
    // a subject pronoun stands for the last compatible person
    const later = events('Pervez Musharraf spoke on television.\n\nHe resigned after the vote.').events;
    expect(later.map((e) => [e.trigger, e.participants])).toContainEqual(['resigned', ['Pervez Musharraf']]);
  });

  it('keeps places after a locative preposition, and every place of its list, out of the participants', () => {
    const parts = (text: string) => events(text).events.map((e) => [e.trigger, e.participants]);
    // "from" governs the whole list: the countries are where the refugees come from
    expect(
      parts('Human Rights Watch criticised the treatment of refugees from Somalia, Ethiopia and Eritrea.'),
    ).toEqual([['criticised', ['Human Rights Watch']]]);
    expect(parts('Several towns in Italy protested against the tax.')).toEqual([['protested', []]]);
    // a country right after the trigger and a preposition of movement is where the act goes or comes from
    expect(parts('Russia withdrew from Syria.')).toEqual([['withdrew', ['Russia', 'Syria']]]);
    // a country that is the verb's object still takes part
    expect(parts('Kenya accused Somalia and Ethiopia of shelling the border.')[0]).toEqual([
      'accused',
      ['Kenya', 'Somalia', 'Ethiopia'],
    ]);
  });

  it('finds the antecedent of "who"/"which" past a bracketed short form, and not inside an "of" phrase', () => {
    const parts = (text: string) => events(text).events.map((e) => [e.trigger, e.participants]);
    expect(parts('Police arrested former members of the Acme Union, who attacked the guard.')).toContainEqual(
      ['attacked', []],
    );
    // the noun before "of" is a group acting for the body: the body acts
    expect(parts('Police praised officials of the Acme Union, who attacked the guard.')).toContainEqual([
      'attacked',
      ['Acme Union'],
    ]);
    expect(parts('Police praised the Acme Union, which attacked the guard.')).toContainEqual([
      'attacked',
      ['Acme Union'],
    ]);
    expect(
      parts('The Global Health Fund (GHF), which helped fund the trial, praised the result.'),
    ).toContainEqual(['helped fund', ['Global Health Fund']]);
  });

  it('leaves the reporter out of a reported act, and reads "the company" as the organization named before', () => {
    const parts = (text: string) => events(text).events.map((e) => [e.trigger, e.participants]);
    // "stated X attacked …": the speaker only reports the attack
    expect(parts('Police spokesman Jim Cole stated Tom Reyes attacked the guard.')).toContainEqual([
      'attacked',
      ['Tom Reyes'],
    ]);
    // after a reporting verb that takes an object ("told Jane Doe …") the name may be its object
    expect(parts('Tom Reyes told Jane Doe attacked the guard.')).toContainEqual([
      'attacked',
      ['Tom Reyes', 'Jane Doe'],
    ]);
    expect(parts('Acme Corp lost the case.\n\nOn Tuesday the company welcomed the ruling.')).toContainEqual([
      'welcomed',
      ['Acme Corp'],
    ]);
    // no organization named before: "the company" stands for nobody known
    expect(parts('On Tuesday the company welcomed the ruling.')).toEqual([['welcomed', []]]);
  });

  it("gives an act stated of a definite mention of an earlier event that event's participants", () => {
    const parts = (text: string) => events(text).events.map((e) => [e.trigger, e.participants]);
    expect(
      parts(
        'India and Pakistan are neighbours. Indian and Pakistani officials held talks in 2005.\n\nThe talks fizzled out in 2007.',
      ),
    ).toContainEqual(['fizzled out', ['India', 'Pakistan']]);
    // no earlier event of that kind: nobody to inherit from
    expect(
      parts(
        'India and Pakistan are neighbours. Indian and Pakistani officials met.\n\nThe talks fizzled out in 2007.',
      ),
    ).toContainEqual(['fizzled out', []]);
  });

  it("leaves out an organization that only names a person's employer", () => {
    const parts = (text: string) => events(text).events.map((e) => [e.trigger, e.participants]);
    expect(parts('Judge Jane Doe of the Acme District Court ruled that Tom Reyes had lied.')).toContainEqual([
      'ruled',
      ['Jane Doe', 'Tom Reyes'],
    ]);
    expect(parts('Co-founder of Acme Corp, Jane Doe, met with Tom Reyes.')).toContainEqual([
      'met with',
      ['Jane Doe', 'Tom Reyes'],
    ]);
    // an organization after "of" that no person is said to belong to still takes part
    expect(parts('Jane Doe criticised the leadership of the Acme Union.')).toContainEqual([
      'criticised',
      ['Jane Doe', 'Acme Union'],
    ]);
  });

  it('makes the name after "by" the actor of a passive', () => {
    const text = 'The festival was founded by Jane Doe.';
    const x = extractArticle(makeSource(text, null), text);
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    expect(x.events.map((e) => e.participants.map((p) => [name(p.entity), p.role]))).toEqual([
      [['Jane Doe', 'actor']],
    ]);
  });

  it('marks hypothetical, negated, alleged and planned events', () => {
    const { events: e } = events(
      'Under the plan, the conflict would have been resolved. Rebels did not attack the town. The general allegedly backed the coup. Both sides were preparing to sign a treaty.',
    );
    expect(e.map((x) => [x.trigger, x.modality])).toEqual([
      ['attack', 'negated'],
      ['backed', 'alleged'],
      ['treaty', 'planned'],
    ]);
  });

  it('joins later mentions of one event and records stated links', () => {
    const { events: e, relations } = events(
      'Militants attacked a convoy near Kabul on Monday. At least 20 people were killed in the attack.\n\nThe talks fizzled out in 2007. The attempt ultimately failed after the resignation of the minister.',
      '2010-05-05',
    );
    expect(e.map((x) => [x.type, x.trigger, x.date, x.spans])).toEqual([
      ['ASSAULT', 'attacked', '2010-05-03', 2],
      ['OTHER', 'fizzled out', '2007', 2],
      ['OTHER', 'resignation', null, 1],
    ]);
    expect(relations).toEqual([['v2', 'after', 'v3', 'after']]);
  });

  it('reads a critical quoted statement of a named speaker as an accusation stated by its cue', () => {
    const text =
      'Prime Minister Ana Lopez spoke.\n\n"President John Doe is trying to bulldoze the courts," said Ali Khan of the Law Society.';
    const x = extractArticle(makeSource(text, '2020-01-01'), text);
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    const accuse = x.events.find((e) => e.type === 'ACCUSE')!;
    expect(accuse.evidence[0]!.exact).toBe('said Ali Khan of the Law Society');
    expect(accuse.participants.map((p) => [name(p.entity), p.role])).toEqual([
      ['Ali Khan', 'actor'],
      ['John Doe', 'target'],
    ]);
  });

  it('reads court outcomes, skips trigger words inside names, dates past an aside, and plans in reported speech', () => {
    const { events: e } = events(
      'Court news\n\nTom Reyes, who ran the agency from 2015 to 2021, was convicted last Thursday. The Acme Bureau of Investigation said it was ready. Jane Doe said she would open talks with the union this week.',
      '2024-03-11',
    );
    expect(e.map((x) => [x.type, x.trigger, x.date, x.modality])).toEqual([
      ['OTHER', 'convicted', '2024-03-07', 'asserted'],
      ['CONSULT', 'talks with', '2024-03-11/2024-03-17', 'planned'],
    ]);
  });

  it('takes the antecedent of "which" as actor and a city right after the verb as its government', () => {
    const { events: e } = events(
      'Grain row\n\nHungary, which has kept its own ban, criticised the deal. Russia accused Kyiv of lying.',
    );
    expect(e.map((x) => [x.type, x.participants])).toEqual([
      ['ACCUSE', ['Hungary']],
      ['ACCUSE', ['Russia', 'Kyiv']],
    ]);
  });

  it('leaves a date after a second predicate ("… and flew there on Sunday") to that predicate', () => {
    const { events: e } = events(
      'Storm news\n\nRain fell.\n\nMore rain fell.\n\nJane Doe was arrested in Lagos and is due in court next month.',
      '2024-03-11',
    );
    expect(e.map((x) => [x.type, x.date])).toEqual([['COERCE', null]]);
  });

  it('lets a date that opens a sentence frame its clauses and the narrative after it', () => {
    const dated = (text: string, published: string | null) =>
      events(`Cup news\n\nRain fell in the north.\n\nMore rain fell.\n\n${text}`, published).events.map(
        (x) => [x.trigger, x.date],
      );
    // "Yesterday, …; …; and …": every clause of the sentence; the year naming the cup dates nothing
    expect(
      dated(
        'Yesterday, day five of the 2018 FIFA World Cup, Sweden defeated South Korea 1 – 0; Belgium defeated Panama 3 – 0; and Tunisia lost 1 – 2 to England.',
        '2018-06-19',
      ),
    ).toEqual([
      ['defeated', '2018-06-18'],
      ['defeated', '2018-06-18'],
      ['lost', '2018-06-18'],
    ]);
    // "of the day" is the last day named; a day frame goes on over paragraphs, in the simple past
    expect(
      dated(
        'Yesterday, Sweden defeated South Korea 1 – 0.\n\nIn the first game of the day, Belgium defeated Panama. Andreas Granqvist scored a penalty.\n\nGranqvist won the award.',
        '2018-06-19',
      ),
    ).toEqual([
      ['defeated', '2018-06-18'],
      ['defeated', '2018-06-18'],
      ['scored', '2018-06-18'],
      ['won', '2018-06-18'],
    ]);
    // not to the past perfect
    expect(
      dated(
        'On Monday, police arrested Jane Doe in Lagos. Police charged her with fraud. She had attacked a guard.',
        '2024-03-13',
      ),
    ).toEqual([
      ['arrested', '2024-03-11'],
      ['charged', '2024-03-11'],
      ['attacked', null],
    ]);
    // a date at the end of a clause dates that act only
    expect(
      dated('Police arrested Jane Doe in Lagos on Monday. Police charged her with fraud.', '2024-03-13'),
    ).toEqual([
      ['arrested', '2024-03-11'],
      ['charged', null],
    ]);
    // a year frames its paragraph only
    expect(
      dated(
        'In 2010, police arrested Jane Doe in Lagos. Police charged her with fraud.\n\nPolice charged John Roe with fraud.',
        '2024-03-13',
      ),
    ).toEqual([
      ['arrested', '2010'],
      ['charged', '2010'],
      ['charged', null],
    ]);
    // without a publication date "Monday" is no date, and nothing carries
    expect(
      dated('On Monday, police arrested Jane Doe in Lagos. Police charged her with fraud.', null),
    ).toEqual([
      ['arrested', null],
      ['charged', null],
    ]);
    // "until last week" ends a state, it does not date the act
    expect(dated('The team was denied visas until last week.', '2017-07-21')).toEqual([['denied', null]]);
  });

  it('takes the dates of sentences without events in text order, however late it reads them', () => {
    const dated = (text: string) =>
      events(`Protests spread\n\n${text}`, '2024-03-10T10:00:00Z').events.map((x) => [x.trigger, x.date]);
    // the frame ("in 2009", no day) is asked for first; "that day" is Thursday, named before it (the undated
    // arrest of the lede is the lede's day, the Thursday its first sentence names)
    expect(
      dated(
        'The weather was cold on Thursday. It rained in 2009. Police arrested Jane Doe in Lagos. Later that day, police charged her with fraud.',
      ),
    ).toEqual([
      ['arrested', '2024-03-07'],
      ['charged', '2024-03-07'],
    ]);
    // a year frame, then "that day": the last day named, in a sentence before the frame
    expect(
      dated(
        'The sky was grey on Monday. The town was calm on March 3. This year, the market was quiet. Police arrested Jane Doe. That day, police charged her with fraud.',
      ),
    ).toEqual([
      ['arrested', '2024'],
      ['charged', '2024-03-03'],
    ]);
    // a day frame set by a sentence without events goes on past its paragraph
    expect(
      dated('On Monday, the sky was grey. The town was calm.\n\nPolice arrested Jane Doe in Lagos.'),
    ).toEqual([['arrested', '2024-03-04']]);
  });

  it('reads happenings outside PLOVER: publications, occasions, match results and awards', () => {
    const typed = (text: string) => events(text, '2024-03-11').events.map((x) => [x.type, x.trigger]);
    expect(typed('The study was published in the journal Nature on Monday.')).toEqual([
      ['OTHER', 'published'],
    ]);
    expect(typed('A leaked internal letter seen by Sky News names the ministers.')).toEqual([
      ['OTHER', 'leaked'],
    ]);
    expect(typed('Fan Expo Canada took place in Toronto this weekend.')).toEqual([['OTHER', 'took place']]);
    expect(typed('The festival runs through March 11 this year.')).toEqual([['OTHER', 'runs through']]);
    expect(typed('A survey of 1709 schoolchildren was carried out in 2004.')).toEqual([
      ['OTHER', 'carried out'],
    ]);
    expect(typed('Over 4 million visitors attended the festival last year.')).toEqual([
      ['OTHER', 'attended'],
    ]);
    expect(typed('Belgium defeated debutants Panama 3 – 0 on Monday.')).toEqual([['OTHER', 'defeated']]);
    expect(typed('Tunisia lost 1 – 2 to England on Monday.')).toEqual([['OTHER', 'lost']]);
    expect(typed('Harry Kane scored from the penalty spot.')).toEqual([['OTHER', 'scored']]);
    expect(typed('Romelu Lukaku doubled the lead for Belgium.')).toEqual([['OTHER', 'doubled the lead']]);
    expect(typed('The team was awarded a silver medal on Tuesday.')).toEqual([['OTHER', 'was awarded']]);
    expect(typed('Thousands of migrants crossed the Channel last year.')).toEqual([
      ['OTHER', 'crossed the Channel'],
    ]);
    expect(typed('Wikinews spoke with a cosplayer on Saturday.')).toEqual([['CONSULT', 'spoke with']]);
  });

  it('leaves those words alone in their other senses', () => {
    const typed = (text: string) => events(text, '2024-03-11').events.map((x) => [x.type, x.trigger]);
    // without a scoreline a defeat is left to the dictionary; the noun of an occasion verb is the event
    expect(typed('The rebels defeated the army near Goma on Monday.')).not.toContainEqual([
      'OTHER',
      'defeated',
    ]);
    expect(typed('Indian and Pakistani officials held talks that took place in Islamabad.')).toEqual([
      ['CONSULT', 'talks'],
    ]);
    expect(typed('Militants carried out an attack on the base on Monday.')).toEqual([['ASSAULT', 'attack']]);
    // an adjective, a dateline, the object of another act, a passive telling how
    expect(typed('The claim is handled in line with the published policy.')).toEqual([]);
    expect(typed('Published September 17, 2025')).toEqual([]);
    expect(
      typed('Ruth Abernethy accused the government of ignoring warnings in a study published last year.'),
    ).toEqual([['ACCUSE', 'accused']]);
    expect(typed('Even in early rounds, the event was well attended.')).toEqual([]);
    // after a score the attack words are the game's
    expect(typed('England went ahead when Harry Kane scored a close-ranged shot.')).toEqual([
      ['OTHER', 'scored'],
    ]);
  });

  it('dates a happening by the year inside its noun phrase; that year makes it past whatever the clause plans', () => {
    const dated = (text: string) =>
      events(text, '2025-11-30').events.map((x) => [x.trigger, x.date, x.modality]);
    expect(dated('On Monday, the pope will pray at the site of the 2020 port explosion.')).toEqual([
      ['explosion', '2020', 'asserted'],
    ]);
    expect(dated('Relatives blamed the 2019 attack on the group.')).toEqual([['blamed', '2019', 'asserted']]);
  });

  it('reads a weekday that opens a sentence told in the future as the next one', () => {
    const dated = (text: string) => events(text, '2025-11-30').events.map((x) => [x.trigger, x.date]);
    // 2025-11-30 is a Sunday
    expect(dated('On Monday, Aoun will host talks with Israel.')).toEqual([['talks with', '2025-12-01']]);
    expect(dated('On Monday, Aoun held talks with Israel.')).toEqual([['talks with', '2025-11-24']]);
  });

  it('keeps an act whose object is a definite noun of another kind apart from an earlier act of its word', () => {
    const { events: e } = events(
      'The pope was welcomed at the airport by President Joseph Aoun.\n\nHezbollah said in a statement that it welcomed the visit.',
      '2025-11-30',
    );
    expect(e).toHaveLength(2);
  });

  it('takes "the union" or "the bank" before the trigger for the last organization whose name holds the word', () => {
    const { events: e } = events(
      'The Canadian Union of Public Employees said workers were angry. The Maritime Employers Association declined.\n\nThe union has scheduled a rally at the gate for Thursday.',
      '2024-10-16',
    );
    expect(e.find((x) => x.trigger === 'rally')?.participants).toEqual([
      'Canadian Union of Public Employees',
    ]);
  });

  it('dates no act outside quotation marks by words inside them, and no simple past by a "since" span', () => {
    const e = events(
      'Budget\n\nThe budget was tabled on Tuesday.\n\nLater, opposition leader Tom Vale accused the treasurer of "spending like there is no tomorrow".\n\nThe president praised the fund for financing roads in the region since 1974.\n',
      '2025-06-24',
    ).events;
    expect(e.find((x) => x.trigger === 'accused')?.date).not.toBe('2025-06-25');
    expect(e.find((x) => x.trigger === 'praised')?.date).not.toBe('1974');
  });

  it("reads no event in the page's time stamp lines", () => {
    const e = events(
      'Budget deficit grows\n\nBy Jane Roe\nUpdated June 24, 2025 — 7.58pm, first published at 12.30pm\n\nThe treasurer tabled the budget on Tuesday. The report was first published in March.\n',
      '2025-06-24',
    ).events;
    expect(e.filter((x) => x.trigger === 'published').map((x) => x.date)).toEqual(['2025-03']);
  });

  it('takes no participant from an opening dateline or an agency signing a paragraph off', () => {
    const e = events(
      'Shelling\n\nBUKAVU, Democratic Republic of Congo (AFP) - Heavy shelling killed 12 civilians over the weekend.\n\nLast month police in Crotone detained a charity vessel. (ANSA).\n',
      '2025-04-08',
    ).events;
    expect(e.map((x) => x.participants)).toEqual([[], []]);
  });

  it('takes "the central bank" for the last bank named, not "the two church leaders" for a church', () => {
    const e = events(
      'Rates\n\nThe Bank of Ghana held its meeting on Monday. The central bank cut its benchmark interest rate by a quarter point on Thursday.\n',
      '2025-04-08',
    ).events;
    expect(e.find((x) => x.trigger === 'cut')?.participants).toEqual(['Bank of Ghana']);
  });

  it('reads the "by" date of a request as its deadline, not its date', () => {
    const e = events(
      'Quotas\n\nThe group asked the country to submit a new compensation plan by June 30.\n',
      '2025-04-08',
    ).events;
    expect(e.map((x) => [x.type, x.date])).toEqual([['REQUEST', '2025-04-08']]);
  });

  it('takes no agency credited in a dateline for "the ministry" of a later paragraph', () => {
    const e = events(
      'Pensions\n\nPARIS, March 7 (AFP) - Thousands marched on Thursday.\n\nThe interior ministry said it had arrested 22 people.\n',
      '2025-03-07',
    ).events;
    expect(e.flatMap((x) => x.participants)).not.toContain('AFP');
  });

  it('dates no act in an irregular simple past by a "since" span ("rose …, the biggest jump since 1990")', () => {
    const e = events(
      'Bonds\n\nThe plan was agreed on Thursday.\n\nLater the yield on German bonds rose 30 basis points, the biggest jump since 1990.\n',
      '2025-03-06',
    ).events;
    expect(e.find((x) => x.trigger === 'rose')?.date).not.toBe('1990');
  });

  it('takes no participant from the body a person serves, named before the title ("Kremlin spokesman X")', () => {
    const e = events(
      'Row\n\nKremlin spokesman Dmitri Orlov accused the European Union of meddling on Monday.\n',
      '2025-03-10',
    ).events;
    expect(e.find((x) => x.trigger === 'accused')?.participants).toEqual(['Dmitri Orlov', 'European Union']);
  });

  it('dates no act outside a report by a date inside it ("rejected …, saying the lease was approved in August")', () => {
    const e = events(
      'Port\n\nNew details emerged.\n\nThe row grew.\n\nMinister Sunil Patnaik rejected the allegations, saying the lease had been approved by the cabinet in August.\n',
      '2025-12-09',
    ).events;
    expect(e.find((x) => x.trigger === 'rejected')?.date).toBeNull();
  });

  it('leaves a date after "and would …" to that second predicate', () => {
    const e = events(
      'Audit\n\nNew details emerged.\n\nThe secretary told senators the department had filed charges against six officials and would turn over its findings next week.\n',
      '2025-09-24',
    ).events;
    expect(e.map((x) => [x.trigger, x.date])).toEqual([['charges', null]]);
  });

  it('reads an assault, a plea of not guilty, slogans raised and a planned cooperation', () => {
    const e = events(
      'Court\n\nThe two men pleaded not guilty. Police arrested a man after a worker was assaulted. Members trooped into the Well raising slogans. The state said it would cooperate fully with the agency.\n',
      '2025-11-19',
    ).events;
    expect(e.map((x) => [x.type, x.trigger])).toEqual([
      ['REJECT', 'pleaded not guilty'],
      ['COERCE', 'arrested'],
      ['ASSAULT', 'assaulted'],
      ['PROTEST', 'raising slogans'],
      ['COOPERATE', 'cooperate'],
    ]);
  });

  it('reads "meet" with a thing for object as no meeting, but with a day or a titled person as one', () => {
    const types = (text: string) => events(`Spill\n\n${text}\n`, '2026-01-15').events.map((x) => x.type);
    expect(types('The company said it would meet all clean-up costs.')).toEqual([]);
    expect(types('The Dock Workers Union said it would meet Friday.')).toEqual(['CONSULT']);
    expect(types('The president will meet Speaker Jane Roe.')).toEqual(['CONSULT']);
  });

  it('reads a planned deployment, a resignation to come, a ship aground, an adjournment and an inquiry opened', () => {
    const e = events(
      'Week\n\nThe ministry will deploy 1,500 more inspectors. Chief Executive Mark Devlin would step down. The carrier ran aground off the island. She adjourned the case till November 27. The federation opened an inquiry into the entourage.\n',
      '2026-04-09',
    ).events;
    expect(e.map((x) => [x.type, x.trigger])).toEqual([
      ['MOBILIZE', 'deploy'],
      ['OTHER', 'step down'],
      ['OTHER', 'ran aground'],
      ['OTHER', 'adjourned'],
      ['ACCUSE', 'opened an inquiry'],
    ]);
  });

  it('reads "described the prosecution as selective" as an accusation', () => {
    const e = events(
      'Trial\n\nThe Peoples Democratic Party described the prosecution as selective.\n',
      '2025-11-19',
    ).events;
    expect(e.map((x) => [x.type, x.trigger])).toEqual([['ACCUSE', 'described']]);
  });

  it('reads no event in a subhead nor in a line of dated fields set apart by bars', () => {
    const e = events(
      'Refugees reach the border\n\n20 May 2025 | Humanitarian Aid\n\nThe weather was calm on Monday.\n\nConvoy attacked\n\nNothing else happened that day.\n',
      '2025-05-20',
    ).events;
    expect(e).toEqual([]);
  });

  it('dates an act by a report after "said" when the act is named before the verb, not in an -ing report', () => {
    const e = events(
      'Rentals\n\nThe council met.\n\nThe ordinance passed.\n\nThe Arizona Attorney General’s Office, which can investigate local ordinances at the request of a state lawmaker, said it had received a complaint last week.\n',
      '2025-01-22',
    ).events;
    expect(e.find((x) => x.trigger === 'investigate')?.date).toBe('2025-01-13/2025-01-19');
  });

  it('takes no participant from a second predicate after "and" ("… and urged the Commission to …")', () => {
    const e = events(
      'Probe\n\nBeijing opened an anti-dumping probe.\n\nFrench Trade Minister Claire Dutheil called the probe unacceptable and urged the European Commission to respond.\n',
      '2025-03-10',
    ).events;
    expect(e.find((x) => x.trigger === 'called')?.participants).not.toContain('European Commission');
  });

  it('reads a police rank before a name as a title', () => {
    expect(
      entities('Title\n\nPolice spokesman SSP Nihal Thalduwa said officers used minimum force.'),
    ).toEqual(['person:Nihal Thalduwa']);
  });

  it('takes no trigger from a capitalised word after another one ("… and East African Cooperation X")', () => {
    const e = events(
      'Visit\n\nThe envoy held talks with the Minister for Foreign Affairs and Regional Cooperation Joseph Banda on Wednesday.\n',
      '2025-11-12',
    ).events;
    expect(e.map((x) => x.type)).toEqual(['CONSULT']);
  });

  it('reads a penalty as SANCTION and a suspension or ban of what the public uses as COERCE', () => {
    const types = (text: string) => events(`Title\n\n${text}\n`, '2025-11-12').events.map((x) => x.type);
    expect(types('The regulator fined the developer on Tuesday.')).toEqual(['SANCTION']);
    expect(types('The federation suspended the coach on Monday.')).toEqual(['SANCTION']);
    expect(types('The agency banned the runner for four years.')).toEqual(['SANCTION']);
    expect(types('The government suspended mobile internet in 11 districts.')).toEqual(['COERCE']);
    expect(types('Authorities have banned the use of machinery in forests.')).toEqual(['COERCE']);
  });

  it('reads "a relief" as a feeling, no aid', () => {
    const e = events(
      'Launch\n\nThe launch was a relief for the agency. Food supplies arrived on Friday.\n',
      '2025-11-12',
    );
    expect(e.events.map((x) => x.trigger)).toEqual(['arrived']);
  });

  it("reads a warning of what the speaker's side would do on a condition as a threat, a forecast as none", () => {
    const types = (text: string) =>
      events(`Title\n\n${text}\n`, '2025-11-12')
        .events.filter((x) => x.modality !== 'hypothetical')
        .map((x) => x.type);
    expect(types('The federation warned that the club would be expelled if the fine was not paid.')).toEqual([
      'THREATEN',
    ]);
    expect(types('The agency warned that food stocks would run out by the end of June.')).toEqual([]);
    // the threat is stated (not hypothetical), whatever noun of an act the warned clause holds
    expect(types('Japarov warned that Kyrgyzstan would retaliate against any further attack.')).toEqual([
      'THREATEN',
    ]);
    expect(types('The minister warned that teachers who stayed away would not be paid.')).toEqual([
      'THREATEN',
    ]);
  });

  it('reads withdrawing, sending reinforcements and a courtesy call', () => {
    const types = (text: string) => events(`Title\n\n${text}\n`, '2026-03-12').events.map((x) => x.type);
    expect(types('Both sides began withdrawing troops from the dam on Thursday.')).toEqual(['RETREAT']);
    expect(types('Ruritania sent reinforcements to the border on Wednesday.')).toEqual(['MOBILIZE']);
    expect(types('The envoy paid a courtesy call on Prime Minister Ana Lopez on Tuesday.')).toEqual([
      'CONSULT',
    ]);
  });

  it('reads "the two countries" and "both nations" as the last two countries named', () => {
    const e = events(
      'Talks\n\nKenya and Uganda held talks on Monday. The two countries signed a trade deal on Tuesday.\n',
      '2026-03-12',
    ).events;
    expect(e.find((x) => x.trigger === 'signed')?.participants).toEqual(['Uganda', 'Kenya']);
  });

  it('dates "five days later" and "a week later" from the last day named before them', () => {
    const e = events(
      'Fraud\n\nThe firm filed a complaint on April 19, 2024, and the manager was arrested five days later. A week later he was charged.\n',
      '2025-10-22',
    ).events;
    expect(e.map((x) => [x.trigger, x.date])).toContainEqual(['arrested', '2024-04-24']);
    expect(e.map((x) => [x.trigger, x.date])).toContainEqual(['charged', '2024-05-01']);
  });

  it('reads armed strikes, appeals against rulings, frozen grants, cancellations and placards', () => {
    const types = (text: string) =>
      events(`Title\n\n${text}\n`, '2026-02-10')
        .events.filter((x) => x.modality !== 'hypothetical')
        .map((x) => x.type);
    expect(types('A Russian strike on Jan. 27 damaged the power plant.')).toEqual(['ASSAULT']);
    expect(types('Dock workers went on strike on Monday.')).toEqual(['PROTEST']);
    expect(types('The firm will appeal against the ruling.')).toEqual(['REJECT']);
    expect(types('World Rugby has frozen a US$3 million grant to the union.')).toEqual(['SANCTION']);
    expect(types('The state froze the salaries of officials on Monday.')).toEqual(['OTHER']);
    expect(types('The agency cancelled the test on Tuesday.')).toEqual(['OTHER']);
    expect(types('About 200 workers gathered with placards outside the gate on Thursday.')).toEqual([
      'PROTEST',
    ]);
  });

  it('reads no act in "can lead to", "the event held at" and "a demonstration of"', () => {
    const types = (text: string) => events(`Title\n\n${text}\n`, '2026-02-10').events.map((x) => x.type);
    expect(types('Iodine deficiency can lead to brain damage.')).toEqual([]);
    expect(types('She met finalists at the event held at the company headquarters.')).not.toContain('COERCE');
    expect(types('Visitors queued for a demonstration of the new game.')).toEqual([]);
  });

  it('gives a clause opening with "but" and its verb the sentence\'s subject', () => {
    const e = events(
      'Title\n\nCouncillor Jenny Tait, who organised the petition, welcomed the U-turn but accused the cabinet of wasting time.\n',
      '2025-11-19',
    ).events;
    expect(e.find((x) => x.trigger === 'accused')?.participants).toEqual(['Jenny Tait']);
  });

  it('reads no meeting in "told the meeting" or "told a news conference"', () => {
    const e = events(
      'Title\n\n"We got this wrong," council leader Mark Oduya told the meeting on Tuesday.\n',
      '2025-11-19',
    );
    expect(e.events.map((x) => x.type)).not.toContain('CONSULT');
  });

  it('takes "he" or "she" right before a dictionary verb as its source actor ("He asked the province to …")', () => {
    const e = events(
      'Title\n\nDeputy Minister Lan Pham visited the plant on Tuesday. She later asked the province to pay compensation before June 30.\n',
      '2025-05-14',
    );
    const request = e.events.find((x) => x.type === 'REQUEST');
    expect(request?.participants).toEqual(['Lan Pham']);
  });

  it('reads inspections, inquiries and ordered reviews as ACCUSE (investigate)', () => {
    const e = events(
      'Title\n\nDeputy Minister Lan Pham inspected the plant on Tuesday. On Wednesday she ordered a review of wastewater treatment at all steel plants.\n',
      '2025-05-14',
    );
    expect(e.events.filter((x) => x.type === 'ACCUSE').map((x) => x.trigger)).toEqual([
      'inspected',
      'ordered a review',
    ]);
  });

  it('reads an appeal told as intended, "turned down" and "objected to" as REJECT, a lodged police report as ACCUSE', () => {
    const e = events(
      'Title\n\nHis lawyer, Tom Reed, said his client would appeal. The council turned down the offer on Monday. The residents objected to the plan. The company lodged a police report on April 19.\n',
      '2025-05-14',
    );
    expect(e.events.map((x) => [x.type, x.trigger])).toEqual([
      ['REJECT', 'would appeal'],
      ['REJECT', 'turned down'],
      ['REJECT', 'objected to'],
      ['ACCUSE', 'lodged a police report'],
    ]);
  });

  it('reads a company\'s "hired" and a legislature\'s "passed the bill" as OTHER', () => {
    const e = events(
      'Title\n\nNordvik Energy has hired Banco Tejo as financial adviser. The Senate passed the bill on Thursday.\n',
      '2025-05-14',
    );
    expect(e.events.map((x) => [x.type, x.trigger])).toEqual([
      ['OTHER', 'hired'],
      ['OTHER', 'passed the bill'],
    ]);
  });

  it('reads "said the ministry would …" as a plan told, not a hypothetical, but keeps "said that if …, … would" hypothetical', () => {
    const e = events(
      'Title\n\nTom Reed said the United States would fund a $6 million upgrade of the barracks. Ana Diaz said that if talks failed, the union would strike.\n',
      '2025-05-14',
    );
    expect(e.events.find((x) => x.participants.includes('United States'))?.modality).toBe('planned');
    expect(
      e.events.filter((x) => x.modality !== 'hypothetical').map((x) => x.participants),
    ).not.toContainEqual(['Ana Diaz']);
  });

  it('reads what a government will provide or fund as AID', () => {
    const e = events(
      'Title\n\nCanada will provide $18 million over three years to the coast guard. Officials said Japan would fund a new hospital wing.\n',
      '2025-05-14',
    );
    expect(e.events.filter((x) => x.type === 'AID').map((x) => x.trigger)).toEqual([
      'will provide',
      'would fund',
    ]);
  });

  it('keeps "said the data would help …" hypothetical: a subject that names nobody who acts makes a forecast', () => {
    const e = events('Title\n\nNicola Barnes said the data would help plan crewed landings.\n', '2025-05-14');
    expect(e.events.every((x) => x.modality === 'hypothetical')).toBe(true);
  });

  it('reads happenings outside PLOVER that news reports ("took effect", "granted bail", "admitted to hospital") as OTHER', () => {
    const e = events(
      'Title\n\nA new minimum wage took effect on Monday. The judge granted bail to the two men. Six officers were admitted to the National Hospital with injuries.\n',
      '2025-05-14',
    );
    expect(e.events.map((x) => [x.type, x.trigger])).toEqual([
      ['OTHER', 'took effect'],
      ['OTHER', 'granted bail'],
      ['OTHER', 'were admitted to'],
    ]);
  });

  it('reads an approved loan or grant as AID, a petition as a request or, put to a court, legal action', () => {
    const e = events(
      'Title\n\nThe Asian Development Bank has approved a $68 million financing package for water. Parents delivered a petition to the district office. The party would petition the Electoral Court for a recount. A petition against the fare increase signed by 4,212 people was handed to the mayor.\n',
      '2025-05-14',
    );
    expect(e.events.map((x) => [x.type, x.trigger])).toEqual([
      ['AID', 'approved'],
      ['REQUEST', 'petition'],
      ['ACCUSE', 'petition'],
      ['REQUEST', 'petition'],
    ]);
  });

  it('reads "is expected to" and a bare verb as a schedule', () => {
    const e = events('Title\n\nThe shares are expected to begin trading on November 14.\n', '2025-05-14');
    expect(e.events.map((x) => [x.type, x.modality])).toEqual([['OTHER', 'planned']]);
  });

  it('reads "it" before a trigger as the last organization named, a capital as its government', () => {
    const e = events(
      'Title\n\nHarlow Freight Holdings Inc. reported a loss on Thursday. It also suspended its quarterly dividend. Pyongyang rejected the accusations.\n',
      '2025-05-14',
    );
    expect(e.events.filter((x) => x.trigger !== 'reported').map((x) => [x.trigger, x.participants])).toEqual([
      ['suspended', ['Harlow Freight Holdings Inc']],
      ['rejected', ['Pyongyang']],
    ]);
  });

  it('reads "the government" as the government of the country the article names most', () => {
    const e = events(
      'Title\n\nFires burned across Greece. Greece asked for help and Turkey sent planes. The opposition leader Eleni Vou accused the government of acting too slowly. Last month the government hired 500 firefighters.\n',
      '2025-05-14',
    );
    expect(
      e.events.filter((x) => x.trigger === 'accused' || x.trigger === 'hired').map((x) => x.participants),
    ).toEqual([['Eleni Vou', 'Greece'], ['Greece']]);
  });

  it('reads a definite organization noun after the trigger as its target, the body it refers to', () => {
    const e = events(
      'Title\n\nDockworkers of the Canadian Union of Public Employees walked out on Monday. The Maritime Employers Association accused the union of holding the port hostage. Farmers asked why the ministry had failed.\n',
      '2025-05-14',
    );
    expect(e.events.filter((x) => x.trigger === 'accused').map((x) => x.participants)).toEqual([
      ['Maritime Employers Association', 'Canadian Union of Public Employees'],
    ]);
  });

  it("reads a body's vote to act as OTHER, a member's vote as no event", () => {
    const e = events(
      'Title\n\nThe Tucson City Council voted 5-2 late Tuesday to cap short-term rentals. Mayor Regina Ortiz, who voted for the cap, was pleased. The prime minister lost a vote of confidence on Monday.\n',
      '2025-05-14',
    );
    expect(e.events.map((x) => [x.type, x.trigger])).toEqual([
      ['OTHER', 'voted'],
      ['OTHER', 'lost a vote'],
    ]);
  });

  it('reads deaths a fire or a landslide after them caused as OTHER, not an assault', () => {
    const e = events(
      'Title\n\nIn July 2018, a fire in the seaside resort of Mati killed 104 people. At least 17 people were killed and 23 others remain missing after a landslide buried 41 houses. Gunmen opened fire, killing two guards.\n',
      '2025-05-14',
    );
    expect(e.events.map((x) => [x.type, x.trigger])).toEqual([
      ['OTHER', 'killed'],
      ['OTHER', 'killed'],
      ['ASSAULT', 'opened fire'],
    ]);
  });

  it('reads "said … and would" as a plan of the reported speaker, not a hypothesis', () => {
    const e = events(
      'Title\n\nTransportes Sumapaz said it deeply regrets the accident and would cooperate fully with the authorities.\n',
      '2025-05-14',
    );
    expect(e.events.map((x) => [x.type, x.modality])).toEqual([['COOPERATE', 'planned']]);
  });

  it('reads help sent or delivered as AID', () => {
    const e = events(
      'Title\n\nUNICEF sent 400,000 water purification tablets to Beira. Water tanks and tarpaulins were delivered to the affected families on Sunday.\n',
      '2025-05-14',
    );
    expect(e.events.map((x) => [x.type, x.trigger])).toEqual([
      ['AID', 'sent'],
      ['AID', 'delivered'],
    ]);
  });

  it("dates an act by its own weekday, not the dateline's date, and a far-off weekday of a schedule ahead", () => {
    const e = events(
      'Title\n\nASUNCIÓN, April 16 (IP) - Paraguayan police evicted about 200 families from an estate in Canindeyú on Tuesday.\n\nThe suspect is scheduled to make his first appearance before a federal judge in San Diego on Monday.\n',
      '2025-04-16',
    );
    expect(e.events.map((x) => x.date)).toEqual(['2025-04-15', '2025-04-21']);
  });

  it('gives a happening of nature no actor among the people and bodies beside it', () => {
    const e = events(
      'Title\n\nTerra Viva Aid said Tropical Cyclone Kesia made landfall near the coastal town of Angoche on Sunday.\n',
      '2025-05-14',
    );
    expect(e.events.filter((x) => x.trigger === 'made landfall').map((x) => x.participants)).toEqual([[]]);
  });

  it('names no participants of a happening told by its noun and its year ("a 2018 peace deal")', () => {
    const e = events(
      'Title\n\nHari Bahadur Thapa has led the coalition since the 2022 general election, which produced a hung House.\n',
      '2025-05-14',
    );
    expect(e.events.map((x) => [x.trigger, x.participants])).toEqual([['election', []]]);
  });

  it('reads an -ed form after a preposition as an adjective and "met with relief" as a reception', () => {
    const e = events(
      'Title\n\nA consignment of shelled kernels left on Monday. The plan was met with relief and anger. The minister met with union leaders on Tuesday.\n',
      '2026-03-05',
    );
    expect(e.events.map((x) => [x.type, x.trigger])).toEqual([['CONSULT', 'met with']]);
  });

  it('dates a month of a clause told in the future at its next occurrence', () => {
    const e = events(
      'Title\n\nThe team plans to return to the villages in November. The union held talks with the company in November.\n',
      '2026-03-05',
    );
    expect(e.events.map((x) => x.date)).toEqual(['2026-11', '2025-11']);
  });

  it('reads "the government" as the country its capital and bodies name most, not one named twice in passing', () => {
    const e = events(
      "Title\n\nMASERU — The Lesotho Mounted Police Service said officers had acted after protesters threw stones. Orders from American buyers fell, and most output is exported to the United States. Textiles are Lesotho's largest private employer. The labour minister said the government would set up an independent inquiry into the shooting.\n",
      '2026-03-05',
    );
    expect(e.events.find((x) => x.type === 'ACCUSE')?.participants).toEqual(['Lesotho']);
  });

  it('reads "the two ministers" as the last two persons named', () => {
    const e = events(
      'Title\n\nForeign Minister Abdourahman Houmed met Ethiopian Foreign Minister Tesfaye Gebremariam in Djibouti. The two ministers agreed to set up a joint border police unit.\n',
      '2026-03-05',
    );
    expect(e.events.find((x) => x.type === 'AGREE')?.participants).toEqual(
      expect.arrayContaining(['Abdourahman Houmed', 'Tesfaye Gebremariam']),
    );
  });

  it("dates an undated event of the lede by the lede's day, not the publication date", () => {
    const e = events(
      "Title\n\nCHISINAU - Moldova's parliament on Wednesday approved a reform of local councils.\n\nOpposition deputies accused the government of haste.\n",
      '2025-12-18',
    );
    expect(e.events.map((x) => x.date)).toEqual(['2025-12-17', '2025-12-17']);
  });

  it('reads a dismissal of concerns or a threat as a rejection, of a coach as no rejection', () => {
    const types = (text: string) => events(`Title\n\n${text}\n`, '2026-03-05').events.map((x) => x.type);
    expect(types('The union has dismissed the threat.')).toEqual(['REJECT']);
    expect(types('The minister dismissed the concerns on Monday.')).toEqual(['REJECT']);
    expect(types('The club dismissed head coach Gustavo Ferreyra on Monday.')).not.toContain('REJECT');
  });

  it('dates a quarter or a half of a year by its months', () => {
    const dates = (text: string) => events(`Title\n\n${text}\n`, '2025-12-18').events.map((x) => x.date);
    expect(dates('The government would announce a funding package in the first quarter of 2026.')).toEqual([
      '2026-01/2026-03',
    ]);
    expect(dates('Talks resumed in the second half of 2025.')).toEqual(['2025-07/2025-12']);
  });

  it('reads a deadline given to act as a demand, or a threat with a consequence, by an actor only', () => {
    const types = (text: string) => events(`Title\n\n${text}\n`, '2026-03-05').events.map((x) => x.type);
    expect(
      types('The union gave Prime Minister Dragan Velkovski until the end of the month to agree.'),
    ).toEqual(['REQUEST']);
    expect(
      types(
        'The Nigeria Labour Congress gave the government until Wednesday to reverse the increase or face a strike.',
      ),
    ).toContain('THREATEN');
    expect(types('The decision gives Brussels until December 4 to rule on the deal.')).not.toContain(
      'REQUEST',
    );
  });

  it('reads "refused to name" and a press release as no act', () => {
    const e = events(
      'Title\n\nKetola refused to name any targets.\n\nFarmaNorte press release, with additional reporting by Atlantic Business Daily\n',
      '2026-03-05',
    );
    expect(e.events).toEqual([]);
  });
});
