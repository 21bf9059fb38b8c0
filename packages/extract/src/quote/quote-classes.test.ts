import { describe, expect, it } from 'vitest';
import { quotePairs } from '../fixtures/quote-pairs.js';

// One test per class of error found on text the rules were not written on (tests/gold/gum-news, quote
// gold written blind); every sentence here is made up for the test.
const direct = (text: string) => quotePairs(text, 'direct');
const indirect = (text: string) => quotePairs(text, 'indirect');

describe('quote error classes', () => {
  it('carries a quote over a paragraph break that has no mark reopening it', () => {
    const q = direct(
      'Cup final\n\nAfter the game, coach Pedro Almeida said, "We played with courage today.\n\nThe second half was ours from the first minute." The fans stayed late.\n',
    );
    expect(q).toEqual([
      ['We played with courage today', 'Pedro Almeida'],
      ['The second half was ours from the first minute', 'Pedro Almeida'],
    ]);
  });

  it('does not carry an unclosed quote into a paragraph whose first mark opens a quote', () => {
    const q = direct(
      'Storm\n\nThe mayor Ida Berg said, "Stay indoors tonight.\n\nResidents were told "the worst is over" by noon.\n',
    );
    expect(q.map(([text]) => text)).not.toContain('Residents were told');
  });

  it('takes the speaker of "continued", "stating" and "reads"', () => {
    expect(
      direct(
        'Rail strike\n\nUnion leader Karen Holt spoke first. She continued: "The drivers will not accept the offer as it stands."\n',
      ),
    ).toEqual([['The drivers will not accept the offer as it stands', 'Karen Holt']]);
    expect(
      direct(
        'Rail strike\n\nThe talks failed, with Karen Holt stating: "The offer was an insult to every driver."\n',
      ),
    ).toEqual([['The offer was an insult to every driver', 'Karen Holt']]);
    expect(
      direct(
        'Rail strike\n\nThe Transport Ministry letter reads "services may be cut on every line in due course".\n',
      ),
    ).toEqual([['services may be cut on every line in due course', 'Transport Ministry']]);
  });

  it('gives a later quote of the same sentence the speaker of the earlier one', () => {
    expect(
      direct('Court ruling\n\nBishop Anton Meier has called the ruling "reckless" and "partisan".\n'),
    ).toEqual([
      ['reckless', 'Anton Meier'],
      ['partisan', 'Anton Meier'],
    ]);
    expect(
      direct(
        'Court ruling\n\nThe lawyer Sara Quint told the court the evidence was "thin": "Nobody saw my client that night."\n',
      ),
    ).toEqual([
      ['thin', 'Sara Quint'],
      ['Nobody saw my client that night', 'Sara Quint'],
    ]);
  });

  it('takes the subject of a lead-in ending with a colon, in the sentence or the paragraph before', () => {
    expect(
      direct(
        'Farm aid\n\nDuring the debate on Monday, Premier Olga Novak defended the farm budget: "Every cent goes to growers who need it."\n',
      ),
    ).toEqual([['Every cent goes to growers who need it', 'Olga Novak']]);
    expect(
      direct(
        'Farm aid\n\nCanadian Senator Olga Novak posted on her account:\n\n"Every cent goes to growers who need it."\n',
      ),
    ).toEqual([['Every cent goes to growers who need it', 'Olga Novak']]);
  });

  it('lets the subject of a sentence between two quotes take over from the earlier speaker', () => {
    const q = direct(
      'Fish stocks\n\nThe Fisheries Board notes, "Catches fell for the fifth year in a row."\n\nThe biologist Rosa Lind said the data show a clear trend. "We are taking fish faster than they can breed."\n',
    );
    expect(q).toEqual([
      ['Catches fell for the fifth year in a row', 'Fisheries Board'],
      ['We are taking fish faster than they can breed', 'Rosa Lind'],
    ]);
  });

  it('reads a pull quote signed with a dash', () => {
    expect(direct('Elections\n\n"Turnout decides everything this year." - Nadia Kerr\n')).toEqual([
      ['Turnout decides everything this year', 'Nadia Kerr'],
    ]);
  });

  it('leaves out titles and names in quotation marks, and words quoted inside a quote', () => {
    expect(
      direct(
        'Browsers\n\nThe company says on its site "The Last Days Of Old Browsers" that users should switch.\n',
      ),
    ).toEqual([]);
    expect(
      direct(
        'Browsers\n\nA reader named Tom Hale wrote, "I keep seeing these \'updates\' every week and nothing changes."\n',
      ),
    ).toEqual([["I keep seeing these 'updates' every week and nothing changes", 'Tom Hale']]);
  });

  it('takes "described … as" over a long object as framing, not naming', () => {
    const q = direct(
      'Web feud\n\nThe writer Jane Doe characterized the dispute between the two companies and their many users as "a long war of attrition with no end in sight".\n',
    );
    expect(q).toEqual([['a long war of attrition with no end in sight', 'Jane Doe']]);
  });

  it('finds the person behind "X of the Y", "according to the Y\'s coach, X," and a long appositive', () => {
    expect(
      direct(
        'Press\n\nWriting on Sunday, Paul Reyes of the Daily Ledger wrote: "The city needs a new plan."\n',
      ),
    ).toEqual([['The city needs a new plan', 'Paul Reyes']]);
    expect(
      indirect(
        "Robots\n\nAccording to the school team's coach, Marta Ruiz, in their first match the robot scored two points.\n",
      ),
    ).toEqual([['in their first match the robot scored two points', 'Marta Ruiz']]);
    expect(
      indirect(
        'Salt\n\nProfessor Ian Hart, head of the nutrition study, and chair of the Salt Council, says it is vital that children get enough iodine.\n',
      ),
    ).toEqual([['it is vital that children get enough iodine', 'Ian Hart']]);
  });

  it('reads "stated to X that CLAUSE" and "According to X CLAUSE" without a comma', () => {
    expect(
      indirect(
        'Theft\n\nThe sheriff Dan Cole stated to reporters that the stolen laptops were worth little.\n',
      ),
    ).toEqual([['the stolen laptops were worth little', 'Dan Cole']]);
    expect(
      indirect('Theft\n\nAccording to Dan Cole the laptops were returned by post a week later.\n'),
    ).toEqual([['the laptops were returned by post a week later', 'Dan Cole']]);
  });

  it('ends the addressee of "told the <noun>" where a subject follows ("told the court the students …")', () => {
    const q = indirect(
      'Hearing\n\nThe lawyer Sara Quint told the court the students were beaten in custody.\n',
    );
    expect(q).toEqual([['the students were beaten in custody', 'Sara Quint']]);
  });

  it('reads "told <named outlet> CLAUSE", stops at ", with X reporting", skips "said why"', () => {
    expect(
      indirect(
        'Visas\n\nOfficials told Radio Nova every application will be reviewed again, with the Herald reporting that fees will rise.\n',
      ).map(([text]) => text),
    ).toContain('every application will be reviewed again');
    expect(
      indirect('Visas\n\nOfficials have not said why the team was refused entry at the border.\n'),
    ).toEqual([]);
    expect(
      indirect(
        'Web\n\nWikinews has learned that according to a forum post, the bank website was down for most of the day.\n',
      ),
    ).toEqual([['the bank website was down for most of the day', 'a forum post']]);
  });

  it('reads "said X did Y" without "that" after a verb whose object is a clause, not "announced a plan"', () => {
    expect(
      indirect('Ferry\n\nHarbour master Tom Lund said Ellis left the port on Monday with two crew.\n'),
    ).toEqual([['Ellis left the port on Monday with two crew', 'Tom Lund']]);
    expect(
      indirect('Salt\n\nThe authors say the results confirm a lack of iodine in the diet of children.\n').map(
        ([text]) => text,
      ),
    ).toEqual(['the results confirm a lack of iodine in the diet of children']);
    expect(indirect('Budget\n\nThe council announced a new plan for the harbour on Monday.\n')).toEqual([]);
    expect(indirect('Budget\n\nThe mayor said nothing about the harbour.\n')).toEqual([]);
  });

  it('reads "explains, in passing, that …", a second verb joined by "and", and "theorized"/"concluded"', () => {
    expect(
      indirect(
        'Web\n\nThe help page explains, in a dry tone, that the outage was caused by a power cut.\n',
      ).map(([text]) => text),
    ).toEqual(['the outage was caused by a power cut']);
    expect(
      indirect(
        'Web\n\nAnalyst Rita Moss theorized that the servers had failed, and wrote that the site was down all day.\n',
      ),
    ).toEqual([
      ['the servers had failed', 'Rita Moss'],
      ['the site was down all day', 'Rita Moss'],
    ]);
    expect(
      indirect('Salt\n\nA review by Dr Lena Park concluded that most children lack iodine.\n').map(
        ([text]) => text,
      ),
    ).toEqual(['most children lack iodine']);
  });

  it('takes the speaker past an abbreviation in brackets, and the abbreviation alone later', () => {
    expect(
      indirect(
        'Salt\n\nThe World Salt Council (WHO) recommends that every school should test its water. WHO say most children lack iodine.\n',
      ),
    ).toEqual([
      ['every school should test its water', 'World Salt Council'],
      ['most children lack iodine', 'World Salt Council'],
    ]);
  });

  it('reads "said outside court that …" and "said repeatedly that …"', () => {
    expect(
      indirect(
        'Trial\n\nHis lawyer, Anna Berg, said outside court that her client would appeal the verdict.\n',
      ),
    ).toEqual([['her client would appeal the verdict', 'Anna Berg']]);
  });

  it('stops at "while" right after a quote, and gives an -ing clause the subject of its sentence', () => {
    expect(
      direct(
        'Vote\n\nSenator Jane Roe called the vote "a statement of resolve," while Senator Tom Hale said the cost was too high.\n',
      ),
    ).toEqual([['a statement of resolve', 'Jane Roe']]);
    expect(
      direct(
        'Vote\n\nIn Kyiv, Foreign Minister Olena Marko thanked the senators, writing that the vote was "a signal of support."\n',
      ),
    ).toEqual([['a signal of support', 'Olena Marko']]);
  });

  it('leaves a connective at the head of a reported clause out of it', () => {
    expect(
      indirect(
        'Quake\n\nMeanwhile, a strong earthquake struck off the coast early Wednesday, the weather agency said.\n',
      ),
    ).toEqual([['a strong earthquake struck off the coast early Wednesday', 'the weather agency']]);
  });

  it('does not take the place in "the California-based company" for the speaker', () => {
    expect(
      indirect(
        'Ruling\n\nIn a statement, the Oslo-based company said the regulator had no evidence of harm.\n',
      ),
    ).toEqual([['the regulator had no evidence of harm', 'the Oslo-based company']]);
  });

  it('gives "X coach Jane Roe praised … but said" to the person, and "where police said" to the police', () => {
    expect(
      indirect(
        'Final\n\nFrance coach Pierre Laval praised his players but said the team had started poorly.\n',
      ),
    ).toEqual([['the team had started poorly', 'Pierre Laval']]);
    expect(
      indirect(
        'Final\n\nFans celebrated in the capital, where police said four people were injured in clashes.\n',
      ),
    ).toEqual([['four people were injured in clashes', 'police']]);
  });

  it('reads "CLAUSE, Qatar\'s foreign ministry said" with the possessive phrase as the described speaker', () => {
    expect(
      indirect(
        "Truce\n\nBoth sides agreed on Wednesday to a four-day ceasefire in the north, Qatar's foreign ministry said.\n",
      ),
    ).toEqual([
      ['Both sides agreed on Wednesday to a four-day ceasefire in the north', "Qatar's foreign ministry"],
    ]);
  });

  it('leaves the day of the saying out of a clause without "that" ("said Monday it would close")', () => {
    expect(
      indirect('Plant\n\nThe company said Monday it would close the plant in June.\n').map(([t]) => t),
    ).toEqual(['it would close the plant in June']);
    expect(indirect('Talks\n\nThe minister said on Friday the talks had failed.\n').map(([t]) => t)).toEqual([
      'the talks had failed',
    ]);
  });

  it('reads "CLAUSE, police said." and "CLAUSE, X told reporters."', () => {
    expect(
      indirect(
        'Shooting\n\nA man was charged on Tuesday with murder in the shooting of a teenager, police said.\n',
      ),
    ).toEqual([['A man was charged on Tuesday with murder in the shooting of a teenager', 'police']]);
    expect(
      indirect(
        'Manhunt\n\nThe suspect surrendered to officers after a manhunt, Superintendent Larry Snell told reporters.\n',
      ),
    ).toEqual([['The suspect surrendered to officers after a manhunt', 'Larry Snell']]);
  });

  it('ends a trailing attribution at the writer\'s comment after it ("…, X said on Monday, a breakthrough that …")', () => {
    expect(
      indirect(
        'Border\n\nBoth countries have reached an agreement on patrols, Foreign Secretary Vikram Rao said on Monday, a breakthrough that could end the standoff.\n',
      ),
    ).toEqual([['Both countries have reached an agreement on patrols', 'Vikram Rao']]);
  });

  it('reads a reporting verb in -s after a number or a quantifier as a plural noun ("five other states have")', () => {
    expect(
      indirect(
        'Drag law\n\nAt least five other states have passed similar laws, and two are being challenged.\n',
      ),
    ).toEqual([]);
    expect(indirect('Drag law\n\nThe report states the company ignored warnings.\n')).toEqual([
      ['the company ignored warnings', 'The report'],
    ]);
  });

  it('keeps a day with a possessive mark in the reported clause ("said Friday\'s decision would …")', () => {
    expect(
      indirect("Ruling\n\nLegal experts said Friday's decision would make those laws hard to defend.\n"),
    ).toEqual([["Friday's decision would make those laws hard to defend", 'Legal experts']]);
  });

  it('gives a quote of "the pope" or "the minister" to the person named with that title before', () => {
    expect(
      direct(
        'Visit\n\nPope Leo XIV met President Joseph Aoun.\n\n"Lebanon has suffered too much," the pope told the leaders.\n\nEnergy Minister Prince Abdulaziz bin Salman spoke later. "We will act," the minister said.\n',
      ),
    ).toEqual([
      ['Lebanon has suffered too much', 'Leo XIV'],
      ['We will act', 'Abdulaziz bin Salman'],
    ]);
  });

  it('reads "CLAUSE, he said." with the person the pronoun refers to, and an attribution followed by "while …"', () => {
    expect(
      indirect(
        'Goma\n\nDr. Jean-Paul Mwamba, who heads the hospital, spoke to reporters. More than 40 people were wounded, he said.\n',
      ),
    ).toEqual([['More than 40 people were wounded', 'Jean-Paul Mwamba']]);
    expect(
      indirect(
        'Fires\n\nItaly sent two water-bombing planes and France dispatched 60 firefighters, the European Commission said, while Romania was preparing ground crews.\n',
      ),
    ).toEqual([
      ['Italy sent two water-bombing planes and France dispatched 60 firefighters', 'European Commission'],
    ]);
  });

  it('gives a quote of "the association" or "the company" to the organization named before', () => {
    expect(
      direct(
        'Port\n\nThe Maritime Employers Association said the offer was fair. "We have gone as far as we can," the association said.\n',
      ),
    ).toEqual([['We have gone as far as we can', 'Maritime Employers Association']]);
  });

  it('ends a reported clause at a second speaker\'s clause, at "but warned", and at a speaker\'s "describing …"', () => {
    expect(
      indirect(
        'Goma\n\nThe UN mission said it had deployed troops around Goma, and the UN humanitarian office OCHA said 23,000 people had fled.\n',
      ).map(([t]) => t),
    ).toEqual(['it had deployed troops around Goma', '23,000 people had fled']);
    expect(
      indirect(
        'Food\n\nThe World Food Programme said it had delivered food to 60,000 people but warned that stocks would run out by June.\n',
      ).map(([t]) => t),
    ).toEqual(['it had delivered food to 60,000 people', 'stocks would run out by June']);
    expect(
      indirect(
        'Charge\n\nHibs said they would contest the charge, describing the footage as "inconclusive at best".\n',
      ).map(([t]) => t),
    ).toEqual(['they would contest the charge']);
  });

  it('reads "…, warning that" of the sentence\'s subject, a speaker past a relative clause, and no gerund after a preposition', () => {
    expect(
      indirect(
        'Port\n\nThe Canadian Chamber of Commerce on Tuesday asked the minister to act, warning that factories would run short of parts.\n',
      ),
    ).toEqual([['factories would run short of parts', 'Canadian Chamber of Commerce']]);
    expect(
      indirect(
        'Talks\n\nA Qatari foreign ministry official, who spoke on condition of anonymity, told AFP that the two sides had agreed to a prisoner exchange.\n',
      ),
    ).toEqual([['the two sides had agreed to a prisoner exchange', 'A Qatari foreign ministry official']]);
    expect(
      indirect('Asylum\n\nThe law bans migrants from claiming asylum in the UK for five years.\n'),
    ).toEqual([]);
  });

  it('gives "the Portuguese said", "the 52-year-old said" to the person just named, and a quote after "Asked …, X smiled." to X', () => {
    expect(
      direct(
        'Cup\n\nFulham boss Marco Silva was measured. "It was a difficult game," the Portuguese said.\n\nJane Roe, 52, spoke in court. "I did nothing wrong," the 52-year-old said.\n',
      ),
    ).toEqual([
      ['It was a difficult game', 'Marco Silva'],
      ['I did nothing wrong', 'Jane Roe'],
    ]);
    expect(
      direct(
        'Cup\n\n"We created chances," Ruben Amorim told reporters.\n\nSilva disagreed. "It was even," Marco Silva said.\n\nAsked whether he feared for his job, Amorim smiled. "That is a question for the board."\n',
      ).at(-1),
    ).toEqual(['That is a question for the board', 'Ruben Amorim']);
  });

  it('reads "told the jury that …" past the addressee, and a name without its post-nominal ("Sarah Whitfield KC")', () => {
    expect(
      indirect(
        'Trial\n\nHis lawyer, Sarah Whitfield KC, told the jury that the case rested on a glimpse in the dark.\n',
      ),
    ).toEqual([['the case rested on a glimpse in the dark', 'Sarah Whitfield']]);
  });

  it('gives the words of "a spokeswoman for <person>" to that person, as those of "a spokesperson for <body>"', () => {
    expect(
      indirect(
        'Health\n\nA spokeswoman for Prime Minister Anthony Albanese said he had full confidence in the minister.\n',
      ),
    ).toEqual([['he had full confidence in the minister', 'Anthony Albanese']]);
  });

  it('takes the phrase before a relative clause that runs up to the verb as the speaker', () => {
    expect(
      indirect(
        'Inquest\n\nThe father of a nurse who died of an infection at Westfield Hospital has said the ward was understaffed.\n',
      ),
    ).toEqual([['the ward was understaffed', 'The father of a nurse']]);
  });

  it('reads a subject described by a title before a first verb and "and said"', () => {
    expect(
      indirect('Club\n\nThe coach thanked the players and said she had no complaints about the decision.\n'),
    ).toEqual([['she had no complaints about the decision', 'The coach']]);
  });

  it('reads a short clause before a trailing attribution ("Turnout was 58 percent, she said")', () => {
    expect(indirect('Count\n\nHelena Lima spoke on Monday. Turnout was 58 percent, she said.\n')).toEqual([
      ['Turnout was 58 percent', 'Helena Lima'],
    ]);
  });

  it('reads no trailing attribution in an auxiliary or an infinitive ("…, is due to report")', () => {
    expect(
      indirect(
        'Review\n\nThe review, led by the former chief inspector of the region, is due to report in the autumn.\n',
      ),
    ).toEqual([]);
  });

  it('gives a quote standing alone to the one person the sentence before named as a speaker', () => {
    expect(
      direct(
        'Verdict\n\nSpeaking outside court, the victim\'s brother, Tomas Reyes, said the family felt relieved.\n\n"We waited four years for this day."\n',
      ),
    ).toEqual([['We waited four years for this day', 'Tomas Reyes']]);
  });

  it('takes the person named in, or in apposition to, a described speaker after the verb', () => {
    expect(
      direct(
        'Schools\n\n"It is the only place he feels safe," said parent Dana Whitlow.\n\n"Nobody is above the law," said the agency\'s director of enforcement, Paulo Mendes Correia.\n',
      ),
    ).toEqual([
      ['It is the only place he feels safe', 'Dana Whitlow'],
      ['Nobody is above the law', 'Paulo Mendes Correia'],
    ]);
  });

  it("gives a crowd's chant, and the words on its signs or shirts, to the sentence's subject", () => {
    expect(
      direct(
        'Fuel protest\n\nIn Abuja, protesters blocked the ring road, chanting "Fuel is life!" and waving flags.\n\nAbout 200 tenants rallied outside the council, some holding signs that read "Homes for people."\n',
      ),
    ).toEqual([
      ['Fuel is life', 'protesters'],
      ['Homes for people', 'About 200 tenants'],
    ]);
  });

  it('reads trailing attributions after a bare weekday, before an adjunct, with an abbreviation, or inverted', () => {
    expect(
      indirect(
        "Docks\n\nBUSAN, March 5 (Yonhap) -- A court has barred workers from blocking the docks in Busan, officials said Wednesday.\n\nThe rocket lifted off from the island on Sunday, the space agency said, after two postponements.\n\nThe man was flown to Texas on Monday, the Attorney General's Office (FGR) announced.\n\nThe trust handed out 12,000 ration bags in the two towns, said its chairman Tariq Mehmood, who added nothing.\n",
      ),
    ).toEqual([
      ['A court has barred workers from blocking the docks in Busan', 'officials'],
      ['The rocket lifted off from the island on Sunday', 'the space agency'],
      ['The man was flown to Texas on Monday', "Attorney General's Office"],
      ['The trust handed out 12,000 ration bags in the two towns', 'Tariq Mehmood'],
    ]);
  });

  it('reads the subject past a bracketed abbreviation and a relative clause, and "demanded that" as a report', () => {
    expect(
      indirect(
        'Trial\n\nThe Africa Vaccine Alliance (AVA), which helped fund the trial, said it would share its data.\n\nThe Patients Union demanded that the government compensate the families.\n',
      ),
    ).toEqual([
      ['it would share its data', 'Africa Vaccine Alliance'],
      ['the government compensate the families', 'Patients Union'],
    ]);
  });

  it('gives what "who added that" reports to the person the relative pronoun stands for', () => {
    expect(
      indirect(
        'Relief\n\nThe trust gave out 500 bags, said its chairman Tariq Ansari, who added that the teams had treated 4,000 patients.\n',
      ),
    ).toEqual([
      ['The trust gave out 500 bags', 'Tariq Ansari'],
      ['the teams had treated 4,000 patients', 'Tariq Ansari'],
    ]);
  });

  it('reads an -ed form after a preposition as an adjective, not the verb of a reported clause', () => {
    expect(
      indirect(
        'Floods\n\nThe government has announced $10 million for the repair of damaged roads, Planning Minister Omar Latif told reporters.\n',
      ),
    ).toEqual([['The government has announced $10 million for the repair of damaged roads', 'Omar Latif']]);
  });

  it("gives a placard's words to a subject that lists several bodies", () => {
    expect(
      direct(
        'Protest\n\nMembers of the Samajwadi Party, the DMK and the Trinamool Congress later staged a protest, holding placards that read "Stop the loot".\n',
      ),
    ).toEqual([['Stop the loot', 'Members of the Samajwadi Party, the DMK and the Trinamool Congress']]);
  });

  it('gives a block quote after "X wrote:" to the organization named before the verb', () => {
    expect(
      direct(
        'Letter\n\nActivist investor Crestline Partners wants a sale. In a letter to directors, Crestline wrote:\n\n"The board has lost the confidence of shareholders."\n',
      ),
    ).toEqual([['The board has lost the confidence of shareholders', 'Crestline Partners']]);
  });

  it('reads a trailing "X told <outlet>." and gives it to the person the phrase names', () => {
    expect(
      indirect(
        'Protest\n\nPolice fired tear gas at a group of masked protesters near the square, Lyon police chief Marc Aubry told BFMTV.\n',
      ),
    ).toEqual([['Police fired tear gas at a group of masked protesters near the square', 'Marc Aubry']]);
  });

  it('takes no speaker from a "that" clause after a quote ("…," noting that …)', () => {
    expect(
      direct(
        'Beds\n\nNDP Leader Marit Stiles called the plan "too little, too late," noting that 13 emergency departments closed last summer.\n',
      ),
    ).toEqual([['too little, too late', 'Marit Stiles']]);
  });

  it('finds "that" past a longer adjunct after the reporting verb', () => {
    expect(
      indirect(
        'Deal\n\nChancellor Anna Vogt said after the overnight talks in Berlin that the agreement would hold.\n',
      ),
    ).toEqual([['the agreement would hold', 'Anna Vogt']]);
  });

  it('gives a quote after "X and accused …" to the person an organization\'s title names, past more titles', () => {
    expect(
      direct(
        'Strike\n\nCouncil of Governors chairperson Ann Wairimu said salaries were paid, and accused the union of "holding patients hostage".\n',
      ),
    ).toEqual([['holding patients hostage', 'Ann Wairimu']]);
    expect(
      indirect(
        'Trial\n\nUniversiti Malaya virologist Prof Dr Siti Hamid described the results as good but said more data were still needed.\n',
      ),
    ).toEqual([['more data were still needed', 'Siti Hamid']]);
  });

  it('gives an -ing report to the subject of the clause, a pronoun, or the sentence when the clause opens with its verb', () => {
    expect(
      indirect(
        'Ban\n\nThe Royal Moroccan Athletics Federation on Friday suspended the coach, Karim Ouazzani, and opened an inquiry, saying in a statement that it respects the decision.\n',
      ),
    ).toEqual([['it respects the decision', 'Royal Moroccan Athletics Federation']]);
    expect(
      indirect(
        'Strike\n\nAnn Wairimu spoke on Monday. She blamed the National Treasury for the delay, saying the money had not been disbursed.\n',
      ),
    ).toEqual([['the money had not been disbursed', 'Ann Wairimu']]);
  });

  it('reads a trailing attribution whose speaker is named in apposition, and the -ing report after it', () => {
    expect(
      indirect(
        'Chad\n\nMore than 38,000 people have crossed into eastern Chad since May, the UN refugee agency, UNHCR, said on Tuesday, warning that reception sites were full.\n',
      ),
    ).toEqual([
      ['More than 38,000 people have crossed into eastern Chad since May', 'UNHCR'],
      ['reception sites were full', 'UNHCR'],
    ]);
  });

  it('reads a clause after "said that" and an adjunct set off by commas', () => {
    expect(
      indirect(
        'Poll\n\nThe Electoral Commission of Jamaica said that, apart from that incident, its observers reported a peaceful poll.\n',
      ),
    ).toEqual([
      ['apart from that incident, its observers reported a peaceful poll', 'Electoral Commission of Jamaica'],
    ]);
  });

  it('describes a speaker by a phrase that holds a name with "and" in it', () => {
    expect(
      indirect(
        'Hearing\n\nAt the hearing, a district engineer of the Department of Public Works and Highways admitted that the reports were false.\n',
      ),
    ).toEqual([
      ['the reports were false', 'a district engineer of the Department of Public Works and Highways'],
    ]);
  });

  it('gives "Santiago said" to the person of that surname, not to the capital\'s country', () => {
    expect(
      indirect(
        'Hearing\n\nHe was removed by Secretary Victor Santiago in August. Santiago told the committee that the department had filed charges.\n',
      ),
    ).toEqual([['the department had filed charges', 'Victor Santiago']]);
  });

  it('gives "Toyota said" after "Toyota Motor Corp." to the company, not the town', () => {
    expect(
      indirect('Pay\n\nToyota Motor Corp. reported a profit. Toyota said it would raise wages in April.\n'),
    ).toEqual([['it would raise wages in April', 'Toyota Motor Corp']]);
  });

  it('reads a trailing attribution to lower-case words ending in a plural ("…, health officials said")', () => {
    expect(
      indirect(
        'Gaza\n\nIsraeli aircraft struck targets in southern Gaza overnight, health officials said on Thursday.\n\nA writer in Baton Rouge, Louisiana, contributed to this report.\n',
      ),
    ).toEqual([['Israeli aircraft struck targets in southern Gaza overnight', 'health officials']]);
  });

  it('reads "told reporters the man, identified as X, barricaded …" as a report, and a role before a name as a title', () => {
    expect(
      indirect(
        'Standoff\n\nPolice Chief Kamran Afzal told reporters the man, identified as Derek Simms, barricaded himself inside a home.\n\nNeighbor Tasha Reynolds said she heard five gunshots.\n',
      ),
    ).toEqual([
      ['the man, identified as Derek Simms, barricaded himself inside a home', 'Kamran Afzal'],
      ['she heard five gunshots', 'Tasha Reynolds'],
    ]);
  });

  it('leaves the auxiliary of a trailing attribution out of the speaker ("…, the union has announced")', () => {
    expect(
      indirect(
        "Pay\n\nTeachers across Scotland have voted to take strike action, the country's largest teaching union has announced.\n",
      ),
    ).toEqual([
      ['Teachers across Scotland have voted to take strike action', "the country's largest teaching union"],
    ]);
  });

  it('reads wire copy: "Vice" before a title, "…, X said, in …", a sign-off "(END)", "said leader X …"', () => {
    expect(
      indirect(
        'Talks\n\nSEOUL, March 14 (Yonhap) -- Vice Defense Minister Kim Seon-ho held talks in Tokyo, according to the ministry.\n\nNorth Korea fired two missiles on Thursday, the Joint Chiefs of Staff said, in its third launch this year.\n\nState media KCNA said leader Kim Jong-un oversaw the test.\n\nThe next round will be held in Seoul, officials said. (END)\n',
      ),
    ).toEqual([
      ['Vice Defense Minister Kim Seon-ho held talks in Tokyo', 'the ministry'],
      ['North Korea fired two missiles on Thursday', 'the Joint Chiefs of Staff'],
      ['leader Kim Jong-un oversaw the test', 'KCNA'],
      ['The next round will be held in Seoul', 'officials'],
    ]);
  });

  it('gives "… and said" to the subject named in apposition past a fronted phrase', () => {
    expect(
      indirect(
        "Strike\n\nIn a post on X, the airline's chief executive, Maria Lind, apologised to passengers and said the company had offered a 9% raise.\n",
      ),
    ).toEqual([['the company had offered a 9% raise', 'Maria Lind']]);
  });

  it('skips a described subject that holds a reporting verb ("…, saying its troops had only responded to \'…\'")', () => {
    expect(
      direct(
        'Border\n\nArmenia accused Azerbaijan of shelling villages. Baku denied the claim, saying its troops had only responded to "provocations".\n\nThe report\'s authors say iodine deficiency is "the sleeper health issue in Australia".\n',
      ),
    ).toEqual([
      ['provocations', 'Azerbaijan'],
      ['the sleeper health issue in Australia', "The report's authors"],
    ]);
  });

  it('reads the speaker of an -ing report after "he told X," from the pronoun', () => {
    const q = indirect(
      'Fees\n\nEducation Minister Paul Rana met students on Monday.\n\n"The door is open," he told the Daily Ledger, adding that he had invited the union to talks.\n',
    );
    expect(q).toEqual([['he had invited the union to talks', 'Paul Rana']]);
  });

  it("gives an -ing report to the person a body's title names, and passes over a sentence adverb", () => {
    const q = indirect(
      'Wages\n\nThe United Teachers Association (UTA) rejected the offer. UTA chief membership officer Mr Tendai Moyo dismissed the claims, saying no complaint had been lodged. However, UTA Vice-President Ruth Kamau met the minister and warned that the talks could fail.\n',
    );
    expect(q).toEqual([
      ['no complaint had been lodged', 'Tendai Moyo'],
      ['the talks could fail', 'Ruth Kamau'],
    ]);
  });

  it('reads the sentence before a quotation of two sentences as the one its pronoun speaker follows', () => {
    const q = direct(
      'Sentencing\n\nFormer finance manager Chidi Okafor, 46, had pleaded guilty in August.\n\nProsecutor Nur Aisha Rahman sought five years, arguing that Okafor had abused a position of trust.\n\n"This was not a lapse. It was a scheme," she told the court.\n',
    );
    expect(q).toEqual([['This was not a lapse. It was a scheme', 'Nur Aisha Rahman']]);
  });

  it('gives a quote of "the forum", "the world governing body" or "The prime minister" to who was named', () => {
    expect(
      direct(
        'Wages\n\nThe Textile Workers\' Unity Forum held a rally on Sunday. Later, the forum rejected the offer as "too little, too late".\n',
      ),
    ).toEqual([['too little, too late', "Textile Workers' Unity Forum"]]);
    expect(
      indirect(
        'Ban\n\nThe International Rowing Federation suspended the national body on Monday, the world governing body said.\n',
      ),
    ).toEqual([
      [
        'The International Rowing Federation suspended the national body on Monday',
        'International Rowing Federation',
      ],
    ]);
    expect(
      indirect(
        'Visit\n\nThe envoy called on Prime Minister Halima Mrema at the State House. The prime minister said the partnership had grown.\n',
      ),
    ).toEqual([['the partnership had grown', 'Halima Mrema']]);
  });

  it('reads "CLAUSE, X told The Outlet after the hearing." and "telling Parliament today that"', () => {
    expect(
      indirect(
        'Court\n\nThe firm will appeal against the ruling, Peter Ong told The Straits Times after the hearing.\n',
      ),
    ).toEqual([['The firm will appeal against the ruling', 'Peter Ong']]);
    expect(
      indirect(
        'Protest\n\nPeter Ong condemned the arrests, telling Parliament today that the police had used force.\n',
      ),
    ).toEqual([['the police had used force', 'Peter Ong']]);
  });

  it('gives reports by "the group", "the forum" and "It" to the body named before', () => {
    expect(
      indirect(
        "Wages\n\nMeghna Apparels Group was fined. The group closed its plants, saying it could not ensure safety. The Workers' Unity Forum met. The forum rejected the offer and said the protests would go on.\n",
      ),
    ).toEqual([
      ['it could not ensure safety', 'Meghna Apparels Group'],
      ['the protests would go on', "Workers' Unity Forum"],
    ]);
    expect(
      indirect(
        'Debt\n\nCoral Bay Holdings was fined on Monday. It said it had reached a deal with its lenders.\n',
      ),
    ).toEqual([['it had reached a deal with its lenders', 'Coral Bay Holdings']]);
  });

  it('keeps a second that-clause of the same verb ("…, but that …") in the report', () => {
    expect(
      indirect(
        'Sentence\n\nJudge Ana Lim said she accepted that he was sorry, but that the losses called for jail.\n',
      ),
    ).toEqual([['she accepted that he was sorry, but that the losses called for jail', 'Ana Lim']]);
  });

  it('gives "the minister", "the former governor" and "the airline" to who holds the title or is the airline', () => {
    expect(
      direct(
        'Strike\n\nMinister of Labour Peter Roe met the union. "Nobody wins," the minister said. Former Chaco governor Ana Ruiz backed the bill. "I voted for jobs," the former governor told reporters.\n',
      ),
    ).toEqual([
      ['Nobody wins', 'Peter Roe'],
      ['I voted for jobs', 'Ana Ruiz'],
    ]);
    expect(
      indirect(
        'Strike\n\nFormosa Skyways President Ann Hsu said talks had failed. The Taoyuan Airline Pilots Union said it would strike. The airline said it would cancel 86 flights.\n',
      ),
    ).toContainEqual(['it would cancel 86 flights', 'Formosa Skyways']);
  });

  it('reads reports by ", which said", past "(ABBR), an appositive," and a long appositive, and "said at least …"', () => {
    expect(
      indirect(
        "Talks\n\nThe talks were held at the Taoyuan Department of Labor, which said both sides had narrowed the gap. The Polish People's Party (PSL), a junior partner in the coalition, said in a statement that it regretted the veto. But board member Mere Tabua, one of three directors who called for the chairman to step aside in August, said the board had known for months. The Port Chamber of Commerce said at least 11 vessels had been diverted.\n",
      ),
    ).toEqual([
      ['both sides had narrowed the gap', 'Taoyuan Department of Labor'],
      ['it regretted the veto', "Polish People's Party"],
      ['the board had known for months', 'Mere Tabua'],
      ['at least 11 vessels had been diverted', 'Port Chamber of Commerce'],
    ]);
  });

  it('gives a quote to "the 61-year-old" written with that age, and to a pronoun leading in with a colon', () => {
    expect(
      direct(
        'Court\n\nFormer chief executive Tobias Nangolo, 61, and Frans Gaseb were convicted. Judge Helena Amutenya read the verdict.\n\n"I am innocent," the 61-year-old told reporters.\n',
      ),
    ).toEqual([['I am innocent', 'Tobias Nangolo']]);
    expect(
      direct(
        'Port\n\nAndrea Ramkissoon, the chief executive, said losses were mounting. Asked about the cost, she was blunt: "Ships go somewhere else."\n',
      ),
    ).toEqual([['Ships go somewhere else', 'Andrea Ramkissoon']]);
  });

  it('gives "the letter said" to who spoke in the sentence that brought up the letter', () => {
    expect(
      direct(
        'Rugby\n\nIn a letter to the union dated September 19, World Rugby\'s chief executive, Alan Whitcombe, said the grant was frozen.\n\n"This is not a punishment," the letter said.\n',
      ),
    ).toEqual([['This is not a punishment', 'Alan Whitcombe']]);
  });

  it('reads an -ing report whose subject names nobody, not a body after its preposition', () => {
    expect(
      indirect(
        'Vote\n\nRepublicans in the state Senate passed the bill on a party-line vote, arguing it would restore confidence in elections.\n',
      ),
    ).toEqual([['it would restore confidence in elections', 'Republicans']]);
  });

  it('gives an -ing report after "the head of X (ABBR), Name," to the person in apposition', () => {
    expect(
      indirect(
        'Verdict\n\nThe director general of the Anti-Graft Commission (AGC), Erastus Haikali, welcomed the verdict, saying it showed that no one is above the law.\n',
      ),
    ).toEqual([['it showed that no one is above the law', 'Erastus Haikali']]);
  });

  it('gives "the spokesperson said" to the body of the spokesperson named before', () => {
    expect(
      direct(
        'Drones\n\nA spokesperson for the Interior Ministry urged calm. "Every alarm matters," the spokesperson said.\n',
      ),
    ).toEqual([['Every alarm matters', 'Interior Ministry']]);
  });

  it('gives "the embassy", "the subsidiary" and "the warning letter" to who was named before', () => {
    expect(
      indirect(
        'Airspace\n\nThe Russian Embassy in Tallinn was summoned. The embassy said the helicopter had stayed over Russian territory.\n',
      ),
    ).toEqual([['the helicopter had stayed over Russian territory', 'Russian Embassy in Tallinn']]);
    expect(
      direct(
        'Plant\n\nThe Food and Drug Administration said in a warning letter that the plant was unsafe. "Mold was found," the letter said.\n',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Food and Drug Administration']);
  });
});
