import { describe, expect, it } from 'vitest';
import { makeSource } from '../fixtures/make-source.js';
import { extractArticle } from '../index.js';

const typesOf = (text: string) =>
  extractArticle(makeSource(text, '2020-01-01'), text).events.map((e) => [e.type, e.provenance.rule]);

describe('lexicon and CAMEO dictionary together', () => {
  it("a dictionary pattern on the verb's object recodes a lexicon verb within its quadrant", () => {
    expect(typesOf('The Israeli army lifted a day-old blockade on Palestinian lorries.')).toEqual([
      ['RETREAT', 'event/lexicon-pattern:lifted'],
    ]);
    expect(typesOf('Serbia expelled two Russian diplomats on Friday.')).toEqual([
      ['SANCTION', 'event/lexicon-pattern:expelled'],
    ]);
  });

  it('a pattern of another quadrant or words far from the verb do not recode it', () => {
    expect(typesOf('Guerrillas attacked a Government safe house on Monday.')[0]?.[0]).toBe('ASSAULT');
    expect(typesOf('Washington demanded that Hamas renounce its armed struggle against Israel.')).toEqual([
      ['REQUEST', 'event/lexicon:demanded'],
    ]);
  });

  it('a dictionary verb form used as a title word, a caption or a passive participle names no act', () => {
    expect(typesOf('Indian officials read the report "Defend Kashmir Now" written by Ahmed Khan.')).toEqual(
      [],
    );
    expect(typesOf('Sharif (left) and Singh (right) in New York on May 3, 2009.')).toEqual([]);
    expect(typesOf('The convoy from Kabul crossed territory controlled by the Taliban.')).toEqual([]);
    // after a preposition a verb form other than -ing is a noun ("by phone", "about contacts")
    expect(typesOf('Ahmed Khan reached the Indian embassy by phone on Monday.')).toEqual([]);
    expect(typesOf('Ahmed Khan wrote about contacts between India and Pakistan.')).toEqual([]);
    // the same verbs as verbs still count
    expect(typesOf('Pakistani troops defended Kashmir against the rebels.').map((t) => t[0])).toEqual([
      'AID',
    ]);
  });

  it('a bare verb form after a singular name inside a noun phrase heads it ("the Rwanda bill"); a subjunctive does not', () => {
    expect(
      typesOf('The flagship Rwanda bill passed its first vote on Tuesday.').map((t) => t[1]),
    ).not.toContain('event/cameo-verb:bill');
    expect(typesOf('Washington demanded that Israel ease restrictions on aid.').map((t) => t[0])).toContain(
      'REQUEST',
    );
  });

  it('a dictionary verb inside a fixed expression names no act ("in order to", "came to the conclusion")', () => {
    expect(typesOf('Musharraf came to the conclusion that India would not agree.')).toEqual([]);
    expect(typesOf('Pakistan moved troops in order to defend Kashmir.').map((t) => t[1])).not.toContain(
      'event/cameo-pattern:order',
    );
    expect(typesOf('India ordered Pakistan to withdraw.').map((t) => t[0])).toEqual(['REQUEST']);
  });

  it('a conflict act beside a score is a contest result (OTHER); numbers that count something are no score', () => {
    expect(typesOf('Sweden crushed South Korea 4 – 0 on Monday.')).toEqual([
      ['OTHER', 'event/score-result:crush'],
    ]);
    expect(typesOf('India overpowered Pakistan 3-1 in Delhi.').map((t) => t[0])).toEqual(['OTHER']);
    // the lexicon's result verbs use the same score test
    expect(typesOf('Belgium beat debutants Panama 3-0 in Sochi.').map((t) => t[0])).toEqual(['OTHER']);
    expect(typesOf('Troops attacked the town, killing 8–10 people.').map((t) => t[0])).toEqual(['ASSAULT']);
    expect(typesOf('Rebels attacked 2-3 villages near Kabul.').map((t) => t[0])).toEqual(['ASSAULT']);
  });

  it('a price, share or index that moves by a stated amount is a happening (OTHER); a vague move is not', () => {
    expect(typesOf('Shares of Acme Motors Inc. fell 14% on Monday.')).toEqual([
      ['OTHER', 'event/lexicon:fell'],
    ]);
    expect(typesOf('The Nikkei index rose by 2.5 per cent on Friday.')).toEqual([
      ['OTHER', 'event/lexicon:rose'],
    ]);
    expect(typesOf('Support for the governing party fell sharply last year.')).toEqual([]);
  });

  it('a lexicon verb in -s after a determiner is a plural noun, a participle there still tells of its act', () => {
    expect(typesOf('The players wore the slogan on the backs of their shirts.')).toEqual([]);
    expect(typesOf('A leaked letter was seen by reporters on Monday.').map((t) => t[1])).toContain(
      'event/lexicon:leaked',
    );
  });

  it('a capitalised month is a date, a march after a determiner a protest, strikes by weapons an assault', () => {
    expect(typesOf('BRUSSELS, March 12 (AP) — The ministers met in the city.')).toEqual([
      ['CONSULT', 'event/lexicon:met'],
    ]);
    expect(typesOf('Thousands joined a march in the capital on Sunday.')).toEqual([
      ['PROTEST', 'event/lexicon:march'],
    ]);
    expect(typesOf('A wave of drone strikes hit power stations overnight.')).toEqual([
      ['ASSAULT', 'event/lexicon:drone strikes'],
    ]);
    expect(typesOf('The festival runs through March 11 this year.')).toEqual([
      ['OTHER', 'event/lexicon:runs through'],
    ]);
  });

  it('a verdict with the defendant between "found" and "guilty" is a ruling (OTHER)', () => {
    expect(typesOf('A jury found him guilty of accepting bribes.')).toEqual([
      ['OTHER', 'event/lexicon:found him guilty'],
    ]);
  });

  it('a killing by a flood, a quake or a storm is a disaster (OTHER), and "May 2" in a dateline is no modal', () => {
    expect(
      extractArticle(
        makeSource(
          'NAIROBI, May 2 (Reuters) - Flash floods have killed at least 40 people in western Kenya.',
          '2024-05-02',
        ),
        'NAIROBI, May 2 (Reuters) - Flash floods have killed at least 40 people in western Kenya.',
      ).events.map((e) => [e.type, e.modality]),
    ).toEqual([['OTHER', 'asserted']]);
    expect(typesOf('Gunmen killed 12 villagers on Monday.')).toEqual([['ASSAULT', 'event/lexicon:killed']]);
  });

  it('a win on penalties is a contest result; a passive after "be" or "being" is no act of the dictionary verb', () => {
    expect(typesOf('Argentina beat France on penalties to win the final.')).toEqual([
      ['OTHER', 'event/lexicon:beat'],
    ]);
    // (no detention: the tournament held is a happening planned, OTHER by the lexicon's "would be held")
    expect(typesOf('Jane Roe announced that the 2030 tournament would be held in Mexico.')).toEqual([
      ['OTHER', 'event/lexicon:would be held'],
    ]);
  });

  it('firing a person is a dismissal (COERCE); firing on people or rockets stays an assault', () => {
    expect(typesOf('The board fired co-founder Sam Altman on Friday.')).toEqual([
      ['COERCE', 'event/lexicon:fired'],
    ]);
    expect(typesOf('Militants fired rockets at the town.')).toEqual([['ASSAULT', 'event/lexicon:fired']]);
  });

  it('a fine is a penalty (SANCTION), passive too, and a personal pronoun object is a target', () => {
    expect(typesOf('Nordax was fined 1.8 billion euros by regulators on Monday.')).toEqual([
      ['SANCTION', 'event/lexicon:fined'],
    ]);
    expect(typesOf('The regulators penalized him heavily.')).toEqual([
      ['SANCTION', 'event/lexicon:penalized'],
    ]);
  });

  it('urging someone to act is a request (the dictionary files "urge * to act" under rejection, 124)', () => {
    expect(typesOf('President Jane Roe urged the House to act quickly.')).toEqual([
      ['REQUEST', 'event/lexicon:urged'],
    ]);
  });

  it('naming an object with a quotation is no call: \'called the vote "a statement of resolve"\'', () => {
    expect(typesOf('Senator Jane Roe called the vote "a statement of resolve" on Monday.')).toEqual([]);
    expect(typesOf('Senator Jane Roe called the governor on Monday.').map((t) => t[0])).toEqual(['CONSULT']);
  });

  it('a future passive tells a planned act done to the subject, no threat or promise of it', () => {
    expect(typesOf('The dealer will be sentenced next month.')).toEqual([
      ['COERCE', 'event/lexicon:sentenced'],
    ]);
    expect(typesOf('The army will attack the town.').map((t) => t[0])).toEqual(['THREATEN']);
  });

  it('"dismissed X as Y" rejects a claim even where "as" opens another clause', () => {
    expect(typesOf('The Kremlin dismissed the sanctions as "illegitimate" on Monday.')).toEqual([
      ['REJECT', 'event/lexicon:dismissed as'],
    ]);
  });

  it('naming someone to a post is an appointment (OTHER); naming a thing or a suspect is not', () => {
    expect(
      typesOf('The Detroit-based company named its finance chief, Jane Roe, as interim chief executive.'),
    ).toEqual([['OTHER', 'event/lexicon:named']]);
    expect(typesOf('Parliament named her as the new prime minister on Friday.')).toEqual([
      ['OTHER', 'event/lexicon:named'],
    ]);
    expect(typesOf('A ship named the Blue Star sank near the harbour.').map((t) => t[1])).not.toContain(
      'event/lexicon:named',
    );
  });

  it('defending a record or a policy is verbal support (052, as the dictionary codes a decision); defending a city is not', () => {
    expect(typesOf("Prime Minister Jane Roe defended the government's record on Wednesday.")).toEqual([
      ['SUPPORT', 'event/cameo-pattern:defend'],
    ]);
    expect(typesOf('The Indian army defended the city against the rebels.')[0]?.[0]).not.toBe('SUPPORT');
  });

  it('a hand entry marked keep is not recoded (imposed sanctions stays SANCTION)', () => {
    expect(typesOf('President Bill Clinton has imposed sanctions on the Taliban.')[0]?.[0]).toBe('SANCTION');
  });

  it('reported speech: the reported verb is coded, not the reporting one', () => {
    expect(typesOf('The rebels said they would blockade the capital.')).toEqual([
      ['THREATEN', 'event/intent:blockade'],
    ]);
    expect(typesOf('Syria says it is willing to withdraw its troops from neighboring Lebanon.')).toEqual([
      ['AGREE', 'event/intent:withdraw'],
    ]);
    expect(typesOf('The Bureau warned that a storm could bring heavy rain to Cairns.')).toEqual([]);
  });

  it('verbs of committing take their complement as object; an intent with a condition is a threat', () => {
    expect(typesOf('Vladimir Putin offered to negotiate with Armenia.').map((t) => t[0])).toContain('AGREE');
    expect(typesOf('Vice-President Moody Awori has declined to resign.').map((t) => t[0])).toEqual([
      'REJECT',
    ]);
    expect(
      typesOf('The party said it will boycott the elections unless the president steps down.')[0]?.[0],
    ).toBe('THREATEN');
  });

  it('a pattern on who acts codes a happening outside PLOVER (OTHER): peacekeepers arriving (074)', () => {
    expect(typesOf('NATO peacekeeping troops have arrived in Bosnia.')).toEqual([
      ['AID', 'event/lexicon-pattern:arrived'],
    ]);
    expect(typesOf('The foreign minister arrived in Kabul on Monday.')[0]?.[0]).toBe('OTHER');
  });

  it('a refused intent to the happening a lexicon noun names is a rejection, not that happening', () => {
    expect(typesOf('Egypt will not attend the summit.')).toEqual([['REJECT', 'event/intent-refused:attend']]);
    expect(typesOf('Iran said it would not join the talks.').map((t) => t[0])).toEqual(['REJECT']);
    // an intent that is not refused leaves the noun its event
    expect(typesOf('Egypt will attend the summit.')).toEqual([['CONSULT', 'event/lexicon:summit']]);
  });

  it('a refusing verb counts beside the lexicon noun it governs', () => {
    const types = typesOf('The Palestinians reject proposed Israeli changes to the land-for-security deal.');
    expect(types.map((t) => t[0])).toContain('REJECT');
  });

  it('a pattern naming the lexicon noun gives the more specific code, the same type keeps the lexicon', () => {
    expect(typesOf('The government eased the curfew in the capital on Friday.')).toEqual([
      ['CONCEDE', 'event/cameo-pattern:ease'],
    ]);
    expect(typesOf('Indian and Pakistani officials held talks in Islamabad.')).toEqual([
      ['CONSULT', 'event/lexicon:talks'],
    ]);
  });
});

describe('issue 14: verb combinations and readings of the dictionary', () => {
  it('a commitment codes the intent to the act it commits to; an act of aid keeps its own type', () => {
    expect(typesOf('The rebels have vowed to attack the capital of Chad.')).toEqual([
      ['THREATEN', 'event/commitment:vow'],
    ]);
    expect(typesOf('Chad and Niger offered to send rescue teams.')).toEqual([['AID', 'event/lexicon:send']]);
  });

  it('an actor that must act is the object of a demand, whatever the verb; "must have" infers', () => {
    expect(typesOf('The Nigerian minister said that Chad must allocate more money to the refugees.')).toEqual(
      [['REQUEST', 'event/modal-demand:allocate']],
    );
    expect(typesOf('The Nigerian minister said that Chad must have known about the plan.')).toEqual([]);
  });

  it('a verb with a name for object is the act of its clause; a bare particle pattern needs the particle next to the verb', () => {
    const text =
      'A judge in Chad has ordered former president Idriss Mahamat to appear for questioning in an investigation of arms sales.';
    expect(typesOf(text)[0]).toEqual(['REQUEST', 'event/cameo-verb:order']);
  });

  it('the head of an agent phrase is a noun, not a verb ("security forces")', () => {
    expect(typesOf('Security forces in Chad have tortured dozens of Nigerian refugees.')).toEqual([
      ['ASSAULT', 'event/cameo-verb:torture'],
    ]);
  });

  it('a clause opened by "but" and a verb shares the subject before it', () => {
    const text = 'Chad opened its border to traders, but was still refusing to accept refugees from Niger.';
    expect(typesOf(text).map((t) => t[0])).toContain('REJECT');
  });

  it('the objects the CAMEO to PLOVER table names for 166x are patterns of expelling', () => {
    const text =
      'Niger expelled inspectors of the International Atomic Energy Agency from its nuclear sites.';
    expect(typesOf(text)).toEqual([['SANCTION', 'event/lexicon-pattern:expelled']]);
  });

  it('rebels count as the military of a pattern; a lawsuit is an accusation; riots are protests', () => {
    expect(typesOf("Two hundred rebels surrendered last week near N'Djamena, Chad.")).toEqual([
      ['RETREAT', 'event/cameo-pattern:surrender'],
    ]);
    expect(typesOf('A Nigerian trader is suing Chad for damages to his warehouse.')).toEqual([
      ['ACCUSE', 'event/cameo-verb:sue'],
    ]);
    expect(typesOf('Hundreds of inmates rioted at a prison in Chad on Monday.')).toEqual([
      ['PROTEST', 'event/lexicon:rioted'],
    ]);
  });
});

describe('senses of a trigger that name no act (event/rules/no-act.ts)', () => {
  it('an in-game incident of a match is play; a penalty outside a contest and a goal still count', () => {
    expect(typesOf('In the 40th minute Nigeria won a penalty kick against Chile.')).toEqual([]);
    expect(typesOf('Ghana conceded a penalty in the second half of the match.')).toEqual([]);
    expect(
      typesOf('Ghana conceded a corner, which the match referee Ali Hassan awarded Peru.').map((t) => t[0]),
    ).toEqual([]);
    expect(typesOf('Chile scored a goal in the 40th minute of the match.').map((t) => t[0])).toEqual([
      'OTHER',
    ]);
    expect(typesOf('The court imposed a penalty on the Kenyan company.').map((t) => t[0])).not.toEqual([]);
  });

  it('an -ing form before a compound head, and a trigger noun before a piece of equipment, name no act', () => {
    expect(typesOf('A judge barred striking workers from the depot.').map((t) => t[0])).not.toContain(
      'ASSAULT',
    );
    expect(typesOf('Customs officers found two grenade launchers in the truck.')).toEqual([]);
    expect(typesOf('Troops began attacking workers at the mine.').map((t) => t[0])).toContain('ASSAULT');
    expect(typesOf('Two rescue helicopters airlifted 40 villagers.').map((t) => t[0])).toEqual(['AID']);
  });

  it('reads "asked X to …" as a request whose complement is no act of its own', () => {
    expect(typesOf('The mayor asked the council to delay the vote.').map((t) => t[0])).toEqual(['REQUEST']);
    expect(
      typesOf('Nine members voted seven to two to keep rates unchanged.').map((t) => t[0]),
    ).not.toContain('REQUEST');
  });

  it('reads a rate or price decision by its object: raised, cut, held or kept', () => {
    expect(typesOf('The Bank of Canada held interest rates at 3 per cent.').map((t) => t[0])).toEqual([
      'OTHER',
    ]);
    expect(typesOf('Analysts at Nomura cut their price target on the stock.').map((t) => t[0])).toEqual([
      'OTHER',
    ]);
    expect(typesOf('The opposition raised concerns about prices.')).toEqual([]);
    expect(typesOf('Police held two suspects.').map((t) => t[0])).not.toContain('OTHER');
  });

  it('reads a denial verb after a determiner as no verb ("projects that state officials said were never built")', () => {
    expect(
      typesOf('Auditors flagged projects that state officials said were never built.').map((t) => t[0]),
    ).not.toContain('REJECT');
  });

  it('reads a dictionary verb form after a verb that takes a noun object as a noun ("gave details")', () => {
    expect(typesOf('The ministry did not give details of the plan.')).toEqual([]);
  });

  it("reads a credit rating's downgrade by its object", () => {
    expect(
      typesOf("Moody's Investors Service downgraded the company's credit rating on Wednesday.").map(
        (t) => t[0],
      ),
    ).toEqual(['OTHER']);
  });

  it('reads capsizing, overturning and flight as happenings outside PLOVER', () => {
    expect(typesOf('The ferry capsized off Lesbos on Monday.').map((t) => t[0])).toEqual(['OTHER']);
    expect(typesOf('Thousands of families fled the town of Sake on Friday.').map((t) => t[0])).toEqual([
      'OTHER',
    ]);
  });

  it('finds the actor of a relative clause past a bracketed short form ("the RSF (RSF), which besieged …")', () => {
    expect(
      typesOf('Aid stalled because of the Rapid Support Forces (RSF), which besieged El Fasher in May.').map(
        (t) => t[0],
      ),
    ).toContain('COERCE');
  });

  it('reads "fired on" people as shooting, "fired" people as dismissal', () => {
    expect(typesOf('Police fired on striking miners.').map((t) => t[0])).toEqual(['ASSAULT']);
    expect(typesOf('The company fired 200 workers.').map((t) => t[0])).toEqual(['SANCTION']);
  });

  it('meeting or attacking in a clause that tells a sports contest is play; the same verbs elsewhere count', () => {
    expect(typesOf('Ghana faced Peru at the Lagos National Stadium on Monday.')).toEqual([]);
    expect(typesOf('Ghana started the game with attacking style.')).toEqual([]);
    expect(typesOf('Rebels attacked the Ghanaian embassy in Lima on Monday.').map((t) => t[0])).toEqual([
      'ASSAULT',
    ]);
  });

  it('an -ing or -ed form between a determiner and a bare noun is an adjective', () => {
    expect(
      typesOf('Kenya equipped the border posts with enhanced protection.').map((t) => t[1]),
    ).not.toContain('event/cameo-pattern:enhance');
    expect(typesOf('Kenya played an attacking style.')).toEqual([]);
  });

  it('hold, leave, face with a thing for object name no act; with a person or group they do', () => {
    expect(typesOf('Sara Malik helped him leave the organization and get in touch with Ahmed Khan.')).toEqual(
      [['AID', 'event/cameo-verb:help']],
    );
    expect(typesOf('Police in Kenya are holding the journalist Ahmed Khan.').map((t) => t[0])).toEqual([
      'COERCE',
    ]);
  });

  it('releasing a thing publishes it (OTHER); releasing people frees them (RETREAT)', () => {
    expect(typesOf('The ministry released a report on Monday.')).toEqual([
      ['OTHER', 'event/lexicon:released'],
    ]);
    expect(typesOf('Figures released on Friday showed a fall.')).toEqual([
      ['OTHER', 'event/lexicon:released'],
    ]);
    expect(typesOf('Militants released two hostages on Sunday.')).toEqual([
      ['RETREAT', 'event/lexicon:released'],
    ]);
    expect(typesOf('He was released on bail on Thursday.')).toEqual([['RETREAT', 'event/lexicon:released']]);
  });

  it('keeping silent is no rejection; studying is no inquiry; court outcomes are rulings (OTHER)', () => {
    expect(typesOf('A spokesperson declined to comment on the decision.')).toEqual([]);
    expect(typesOf('Police refused to say how many were held.')).toEqual([]);
    expect(typesOf('The ministry declined to sign the accord.').map((t) => t[0])).toEqual(['REJECT']);
    expect(typesOf('She studied economics at the university.')).toEqual([]);
    expect(typesOf('The Supreme Court on Friday struck down the law.')).toEqual([
      ['OTHER', 'event/lexicon:struck down'],
    ]);
    expect(typesOf('The appeals court overturned the conviction.')).toEqual([
      ['OTHER', 'event/lexicon:overturned'],
    ]);
  });

  it('a strike word with an object after "to", a modal or a name is an attack; without one a labour strike', () => {
    expect(typesOf('The army has continued to strike targets in the south.').map((t) => t[0])).toEqual([
      'ASSAULT',
    ]);
    expect(typesOf('The strike ended on Monday.').map((t) => t[0])).toEqual(['PROTEST']);
    expect(typesOf('Nurses plan to strike on Monday.').map((t) => t[0])).toEqual(['PROTEST']);
  });

  it('a trigger word that modifies a title, an agent or a group noun, or a participle after a hyphen, names no act', () => {
    expect(typesOf('Former finance minister Jane Roe died on Sunday.').map((t) => t[1])).not.toContain(
      'event/cameo-verb:finance',
    );
    expect(typesOf('The protest leaders were arrested.').map((t) => t[0])).toEqual(['COERCE']);
    expect(typesOf('The Iran-backed group said it welcomed the visit.').map((t) => t[1])).not.toContain(
      'event/lexicon:backed',
    );
    expect(typesOf('The minister met union representatives on Friday.').map((t) => t[0])).toEqual([
      'CONSULT',
    ]);
    expect(typesOf('The government would finance new schools.')).toHaveLength(1);
  });

  it('a dateline, a participle serving as a preposition and a noun after a name of several words name no act', () => {
    expect(typesOf('Published on\n\n09/06/2025 - 18:32\n\nThe talks began.').map((t) => t[0])).toEqual([
      'CONSULT',
    ]);
    expect(typesOf('The bank said the committee had moved too soon given the weak rand.')).toEqual([]);
    expect(typesOf('Katerina Lazou, a Red Cross volunteer in Athens, said it was hard.')).toEqual([]);
  });

  it('a trigger noun right before another trigger noun modifies it ("ceasefire talks")', () => {
    expect(typesOf('Ceasefire talks began in Doha on Monday.').map((t) => t[0])).toEqual(['CONSULT']);
  });

  it('a market move bounded in words ("as much as 0.8%") and a rate changed by its setter with a size are happenings', () => {
    expect(typesOf('The rand weakened as much as 0.8% against the dollar.')).toEqual([
      ['OTHER', 'event/lexicon:weakened'],
    ]);
    expect(
      typesOf('The central bank cut its benchmark interest rate by a quarter point on Thursday.'),
    ).toEqual([['OTHER', 'event/lexicon:cut']]);
    expect(typesOf('The bank raised rates by a cumulative 475 basis points.')).toEqual([
      ['OTHER', 'event/lexicon:raised'],
    ]);
    // without a size the dictionary reads the verb
    expect(typesOf('The United States cut aid to Ethiopia.').map((t) => t[0])).toEqual(['SANCTION']);
  });

  it('a planned meeting, aid or cooperation keeps its type (planned); an intent to other acts is an agreement', () => {
    const typed = (text: string) =>
      extractArticle(makeSource(text, '2020-01-01'), text).events.map((e) => [e.type, e.modality]);
    expect(typed('President Jane Roe will meet Prime Minister John Doe on Tuesday.')).toEqual([
      ['CONSULT', 'planned'],
    ]);
    expect(typed('The United Nations will provide food aid to refugees.')).toEqual([['AID', 'planned']]);
    expect(typed('Iran will cooperate with the inspectors.')).toEqual([['COOPERATE', 'planned']]);
    expect(typed('Iran will support the resolution.')).toEqual([['AGREE', 'planned']]);
  });
});

describe('scheduled happenings and acts told again', () => {
  const events = (text: string) =>
    extractArticle(makeSource(text, '2020-01-01'), text).events.map((e) => [
      e.type,
      e.modality,
      e.provenance.rule,
      e.evidence.length,
    ]);

  it('a clause that says something is scheduled, and names no act, states a planned happening', () => {
    expect(events('A disciplinary hearing is set for March 7.')).toEqual([
      ['OTHER', 'planned', 'event/scheduled:set', 1],
    ]);
    expect(events('The board is scheduled to vote on the budget in June.')).toEqual([
      ['OTHER', 'planned', 'event/scheduled:scheduled', 1],
    ]);
    // a meeting scheduled keeps its own type, as a planned one does
    expect(events('The minister is due to meet the heads of the health funds on Thursday.')).toEqual([
      ['CONSULT', 'planned', 'event/scheduled:due', 1],
    ]);
    // two schedules are two happenings, even when the second opens with a definite noun
    expect(
      events(
        'The first Test is scheduled to start at Edgbaston on June 4. The review is due to report in the spring.',
      ),
    ).toHaveLength(2);
  });

  it('a cause, a past plan or a clause with an act of its own is no schedule', () => {
    expect(events('The delay is due to heavy rain.')).toEqual([]);
    expect(events('The decline appears to be due to changes in the dairy industry.')).toEqual([]);
    expect(events('The test was scheduled for Wednesday morning.')).toEqual([]);
    expect(events('The leaders are due to sign the agreement on Friday.').map((e) => e[0])).not.toContain(
      'OTHER',
    );
  });

  it('a body that acts again is a new event, not the last one told again', () => {
    const text =
      'Eskom asked the regulator for tariff increases in March. The agency asked Sarvana to commission an independent assessment.';
    expect(events(text).map((e) => [e[0], e[3]])).toEqual([
      ['REQUEST', 1],
      ['REQUEST', 1],
    ]);
  });
});

describe('offers', () => {
  const typed = (text: string) =>
    extractArticle(makeSource(text, '2020-01-01'), text).events.map((e) => [e.type, e.provenance.rule]);

  it('an offer of pay or remedies in a dispute concedes; an offer of aid is aid; any other offer is an intent', () => {
    expect(typed('The company has offered a 4.1 percent raise.')).toEqual([
      ['CONCEDE', 'event/lexicon:offered'],
    ]);
    expect(typed('Kgoshi has offered increases of 6% a year over three years.')[0]?.[0]).toBe('CONCEDE');
    expect(typed('Turkey offered two firefighting aircraft.')[0]?.[0]).toBe('AID');
    expect(typed('Turkey offered talks with Greece.')[0]?.[0]).toBe('AGREE');
    expect(typed('He offered his condolences to the family.')).toEqual([]);
  });
});

describe('requests asked', () => {
  const typed = (text: string) =>
    extractArticle(makeSource(text, '2020-01-01'), text).events.map((e) => [e.type, e.provenance.rule]);

  it('asking for something or for someone to act is a request; a question or a wish is not', () => {
    expect(typed('Fish farmers have asked for compensation.')).toEqual([['REQUEST', 'event/lexicon:asked']]);
    expect(typed('The crew had asked the port authority to open a berth.')).toEqual([
      ['REQUEST', 'event/lexicon:asked'],
    ]);
    expect(typed('A spokesman, who asked not to be named, confirmed the move.')).toEqual([]);
    expect(typed('The ministry did not respond when asked for comment.')).toEqual([]);
    expect(typed('Reporters asked whether the plan would work.')).toEqual([]);
  });
});

describe('custody, sendings-off, thanks and acceptances', () => {
  const typed = (text: string) =>
    extractArticle(makeSource(text, '2020-01-01'), text).events.map((e) => e.type);

  it('reads each as the gold sets do', () => {
    expect(typed('A car dealer was yesterday remanded to prison.')).toEqual(['COERCE']);
    expect(typed('Núñez was sent off for the incident in the 58th minute.')).toEqual(['SANCTION']);
    expect(typed('Meladze thanked voters on Sunday.')).toEqual(['SUPPORT']);
    expect(typed('He accepted the apology.')).toEqual(['AGREE']);
    expect(typed('The faction said it would ask the President to veto the law.')).toEqual(['REQUEST']);
  });

  it('a belief accepted agrees to nothing; demands accepted are acceded to', () => {
    expect(typed('The judge said he accepted that Lim was remorseful.')).toEqual([]);
    expect(
      typed(
        'The Mozambique government on Thursday accepted demands from Shona rebels that it initiate reforms.',
      ),
    ).toEqual(['CONCEDE']);
  });
});

describe('approvals', () => {
  const typed = (text: string) =>
    extractArticle(makeSource(text, '2020-01-01'), text).events.map((e) => e.type);

  it("a regulator's or the police's approval agrees; a legislature's or a court's is a vote or a ruling", () => {
    expect(typed('The National Energy Regulator approved a 12.7% rise in January.')).toEqual(['AGREE']);
    expect(typed("Lithuania's Seimas on Tuesday approved a temporary levy on bank profits.")).toEqual([
      'OTHER',
    ]);
    // two approvals of two kinds are two events, the second no retelling of the first
    expect(
      typed('Police have approved the route. The bill was approved by the Senate on November 6.'),
    ).toEqual(['AGREE', 'OTHER']);
  });
});

describe("a page's notes on itself", () => {
  it('are no publication events', () => {
    const typed = (text: string) =>
      extractArticle(makeSource(text, '2020-01-01'), text).events.map((e) => e.type);
    expect(
      typed('Title\n\nRain fell.\n\nThis report by The Canadian Press was first published Oct. 17, 2024.'),
    ).toEqual([]);
    expect(typed('Title\n\nPosted: 12 May 2026 Originally published: 12 May 2026\n\nRain fell.')).toEqual([]);
    expect(typed('The study was published in the journal Nature Climate Change yesterday.')).toEqual([
      'OTHER',
    ]);
  });
});
