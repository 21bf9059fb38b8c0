import { describe, expect, it } from 'vitest';
import { makeSource } from '../fixtures/make-source.js';
import { quotePairs } from '../fixtures/quote-pairs.js';
import { extractArticle } from '../index.js';

const quotes = (text: string) => {
  const x = extractArticle(makeSource(text), text);
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  return x.quotes.map((q) => ({
    kind: q.kind,
    text: q.text,
    speaker: name(q.speaker),
    description: q.speaker_description,
    cue: q.cue?.text ?? null,
    reportedBy: q.reported_by.map((r) => name(r.entity) ?? r.description),
  }));
};

describe('quotes', () => {
  it('splits a quote interrupted by "he said" into two records with one speaker', () => {
    const q = quotes(
      'Opposition leader Jane Doe spoke in Lagos. "We will win," she said. "The count is clear."',
    );
    expect(q.map((x) => [x.kind, x.text, x.speaker])).toEqual([
      ['direct', 'We will win', 'Jane Doe'],
      ['direct', 'The count is clear', 'Jane Doe'],
    ]);
  });

  it('finds the speaker after the quote, with titles, and before it', () => {
    const q = quotes(
      '“A door has opened,” said Foreign Minister Ana Lopez today. Police chief Tom Reyes told reporters: "Nobody was hurt in the blast."',
    );
    expect(q.filter((x) => x.kind === 'direct').map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['A door has opened', 'Ana Lopez', 'said'],
      ['Nobody was hurt in the blast', 'Tom Reyes', 'told'],
    ]);
  });

  it('keeps unnamed speakers as descriptions and nested reporters in reported_by', () => {
    const q = quotes(
      'He was so weak that he “couldn’t sell himself,” Smith says, quoting senior Pakistani and Indian officials. The author is John Smith.',
    );
    const direct = q.find((x) => x.kind === 'direct')!;
    expect(direct.text).toBe("couldn't sell himself");
    expect(direct.description).toBe('senior Pakistani and Indian officials');
    expect(direct.speaker).toBeNull();
    expect(direct.reportedBy).toEqual(['John Smith']);
  });

  it('reads indirect speech: said that, according to, told reporters', () => {
    const q = quotes(
      'Mayor Carl Hansen said that the bridge would reopen in May. The road was closed on Monday, according to city officials. Sources indicate the repairs cost more than planned.',
    );
    expect(q.map((x) => [x.kind, x.text, x.speaker ?? x.description])).toEqual([
      ['indirect', 'the bridge would reopen in May', 'Carl Hansen'],
      ['indirect', 'The road was closed on Monday', 'city officials'],
      ['indirect', 'the repairs cost more than planned', 'Sources'],
    ]);
  });

  it('does not take names and scare quotes for quotes, but keeps a headline quote said in the body', () => {
    const text =
      '\'Huge blast\' rocks port\n\nThe ceasefire line, dubbed the \'Line of Control\', is quiet. The so-called "peace train" left. Officer Ben Ode described it as a "huge blast".';
    expect(quotes(text).map((x) => [x.text, x.speaker])).toEqual([
      ['Huge blast', 'Ben Ode'],
      ['huge blast', 'Ben Ode'],
    ]);
  });

  it('reads a block quote after a lead-in line as a quote of that source', () => {
    const text =
      'A deal was near.\n\nThe Washington Post:\n\nUnder the plan, the border would become irrelevant and troops would leave the mountain passes.\n';
    const block = quotes(text).find((x) => x.kind === 'block')!;
    expect(block.speaker).toBe('The Washington Post');
    expect(block.text).toMatch(/^Under the plan/);
  });

  it('gives the second verb of a coordinated subject the same speaker', () => {
    const q = quotes('Opposition leader Raila Odinga welcomed the decision but said it came too late.');
    expect(q).toEqual([
      {
        kind: 'indirect',
        text: 'it came too late',
        speaker: 'Raila Odinga',
        description: null,
        cue: 'said',
        reportedBy: [],
      },
    ]);
  });

  it('reads a sentence-final attribution after a comma as reported speech', () => {
    const q = quotes(
      "A storm hit the coast on Saturday, killing nine people, the country's weather agency said. The drug cut deaths by half, researchers reported on Wednesday.",
    );
    expect(q.map((x) => [x.kind, x.text, x.speaker ?? x.description])).toEqual([
      ['indirect', 'A storm hit the coast on Saturday, killing nine people', "the country's weather agency"],
      ['indirect', 'The drug cut deaths by half', 'researchers'],
    ]);
  });

  it('gives "a spokesperson for X" quotes to X, "adding that" to the last speaker, "ruled" quotes to the judge', () => {
    const q = quotes(
      'The Acme Union met on Monday. "The deal works," a spokesperson for the Acme Union said. "We are done," Jane Doe said, adding that she would stay on. Judge Tom Reyes of the Lagos High Court ruled that the firm had acted "in bad faith" last year.',
    );
    expect(q.map((x) => [x.kind, x.text, x.speaker])).toEqual([
      ['direct', 'The deal works', 'Acme Union'],
      ['direct', 'We are done', 'Jane Doe'],
      ['indirect', 'she would stay on', 'Jane Doe'],
      ['direct', 'in bad faith', 'Tom Reyes'],
    ]);
  });
});

describe('partial quotes, scare quotes and speakers (issue 14 error classes)', () => {
  const direct = (text: string) => quotePairs(text, 'direct');

  it('keeps short quotes framed by a cue: blamed, called for, warned of', () => {
    expect(
      direct(
        'Foreign Minister Ana Lopez blamed "non-state actors" for the attack. Prime Minister Tom Reyes called for "strong action" against them.',
      ),
    ).toEqual([
      ['non-state actors', 'Ana Lopez'],
      ['strong action', 'Tom Reyes'],
    ]);
  });

  it('leaves out scare quotes, names after "called", titles of works and participles ("promised by")', () => {
    expect(
      direct(
        'The "reforms" promised by the government never came. The plan, called "Vision 2030", was dropped. The festival opened with the film "Slumdog Millionaire" on Friday.',
      ),
    ).toEqual([]);
  });

  it('keeps chanted slogans, with a group speaking as the group', () => {
    expect(
      direct('Supporters of opposition leader Jane Doe chanted "Long live Doe" outside the court.'),
    ).toEqual([['Long live Doe', 'Supporters of opposition leader Jane Doe']]);
  });

  it('gives a cue-less quote sentence the subject of the sentence before', () => {
    expect(
      direct(
        'Foreign Secretary Tom Reyes spoke to reporters after the meeting.\n\n"We have made progress on every issue and we will meet again next month."',
      ),
    ).toEqual([['We have made progress on every issue and we will meet again next month', 'Tom Reyes']]);
  });

  it('reads "he said" as the subject of the sentence before, not the last person named', () => {
    expect(
      direct(
        'Tom Reyes met Foreign Secretary John Bashir in Geneva on Monday. "We have made progress," he said.',
      ),
    ).toEqual([['We have made progress', 'Tom Reyes']]);
  });

  it('gives a quote framed by ", calling …" to the subject of the clause, not to a noun "report"', () => {
    expect(
      direct(
        'Laurentian Rail said in a statement that it had co-operated fully with the board, calling the report "a sobering read."',
      ),
    ).toEqual([['a sobering read', 'Laurentian Rail']]);
    expect(
      direct(
        'Finance Minister Abena Darko-Ofori paid tribute to her on Monday, calling her "the conscience of our public finances."',
      ),
    ).toEqual([['the conscience of our public finances', 'Abena Darko-Ofori']]);
  });

  it('leaves a clause opened by "and" after a quote to its own subject', () => {
    expect(
      direct(
        'Deputy Prime Minister Alexei Voronin accused Astana of "undermining collective discipline," and the group asked the country to submit a plan.',
      ),
    ).toEqual([['undermining collective discipline', 'Alexei Voronin']]);
  });

  it('reads a speaking pronoun as the person the same pronoun stood for just before, past a man named in an aside', () => {
    expect(
      direct(
        'Helen Ashworth arrived on Thursday with Reverend Iain Macrae.\n\n"Peace is not signed on paper," she told the crowd.\n\n"I have not come to lecture anyone. I have come to ask you to choose peace," she said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Helen Ashworth', 'Helen Ashworth']);
  });

  it('reads "the company" as the last organization not named as a public body, and "the trust" as the trust', () => {
    expect(
      quotePairs(
        'Hanbit Heavy Industries filed for an injunction at the Changwon District Court on Monday. The company said that the walkout would cost 30 billion won a day.',
        'indirect',
      ),
    ).toEqual([['the walkout would cost 30 billion won a day', 'Hanbit Heavy Industries']]);
    expect(
      quotePairs(
        'University Hospitals of North Midlands NHS Trust apologised. The trust said it had recruited 12 radiographers.',
        'indirect',
      ).map(([, speaker]) => speaker),
    ).toEqual([expect.stringContaining('NHS Trust')]);
  });

  it('finds speakers behind a two-word lower-case title, a portfolio after "for", and a party before a lower-case title', () => {
    expect(
      direct(
        'Punjab Chief Minister Maryam Aslam chaired a meeting. "Every affected person is our responsibility," the chief minister said.',
      ),
    ).toEqual([['Every affected person is our responsibility', 'Maryam Aslam']]);
    expect(
      quotePairs(
        'Punjab Chief Minister Maryam Aslam spoke. Federal Minister for Planning Ahsan Chaudhry said the Centre would release Rs5 billion.',
        'indirect',
      ),
    ).toEqual([['the Centre would release Rs5 billion', 'Ahsan Chaudhry']]);
    expect(
      direct(
        'Sinn Féin leader Aoife Nic Giolla said her party supported the amendment but accused the Government of "hiding behind the Constitution".',
      ),
    ).toEqual([['hiding behind the Constitution', 'Aoife Nic Giolla']]);
  });

  it('gives a block quote after "<body>\'s statement read:" to the body, and "the company\'s" to the company named before', () => {
    expect(
      direct(
        'Kopano Platinum lost R480 million. Kopano chief executive Lindiwe Dube spoke on Monday.\n\nThe company’s statement read:\n\n“Kopano remains committed to a fair settlement. We will not sign an agreement that threatens the mine.”',
      ),
    ).toEqual([
      [
        'Kopano remains committed to a fair settlement. We will not sign an agreement that threatens the mine',
        'Kopano Platinum',
      ],
    ]);
  });

  it('gives ", calling …" the subject of its own clause after ", and", not the first name of the sentence', () => {
    const pairs = direct(
      'The Tucson City Council voted 5-2 on Tuesday to cap rentals, and a group representing rental owners filed suit a day later, calling the ordinance "an illegal end-run around state law."',
    );
    expect(pairs.some(([, speaker]) => speaker === 'Tucson City Council')).toBe(false);
  });

  it('gives a document to its author after "<participle> by" ("figures compiled by X"), and "X\'s board" to X', () => {
    const pairs = quotePairs(
      'Tarvo Energia bid for Lumen Energy on Monday. About 40 flights were cancelled, according to figures compiled by the Civil Aviation Authority. Lumen Energy’s board of directors said it had not been consulted.',
      'indirect',
    );
    expect(pairs).toEqual([
      ['About 40 flights were cancelled', 'Civil Aviation Authority'],
      ['it had not been consulted', 'Lumen Energy'],
    ]);
  });

  it('reads "he said" after a paragraph whose subject is in apposition after a possessor as that subject', () => {
    const pairs = direct(
      'Tarvo\'s chief executive, Marko Ilves, told reporters that he had informed the minister, Jaan Kask, of the bid.\n\n"Estonia is a natural market for us," he said.',
    );
    expect(pairs).toEqual([['Estonia is a natural market for us', 'Marko Ilves']]);
  });

  it('gives "the ruling said" to the last court named before it', () => {
    const pairs = direct(
      'The High Court\'s Criminal Division for Economic Offences on Monday jailed former minister Aldo Ferri for five years. His lawyer, Sara Conti, said he would appeal.\n\n"The defendant betrayed the public trust," the ruling said.',
    );
    expect(pairs).toEqual([
      ['The defendant betrayed the public trust', 'Criminal Division for Economic Offences'],
    ]);
  });

  it('reads "the minister said" as the person a capitalised title was in apposition to ("the Minister of Economy, X,")', () => {
    const pairs = direct(
      'Ilves said he had informed the Minister of Economy, Jaan Kask, of the bid.\n\nSpeaking to reporters on Thursday, Kask said the government was watching. "What matters is that the investment continues," the minister said.',
    );
    expect(pairs).toEqual([['What matters is that the investment continues', 'Jaan Kask']]);
  });

  it('keeps "had X and hired Y" in one reported clause, and ends it at ", and postponed" (the speaker\'s act)', () => {
    const pairs = quotePairs(
      'Director Anna Berg said the agency had filed a police report and hired an external firm to trace the leak. Judge Mara Lind said the risk of flight had increased, and postponed the case to October.',
      'indirect',
    );
    expect(pairs).toEqual([
      ['the agency had filed a police report and hired an external firm to trace the leak', 'Anna Berg'],
      ['the risk of flight had increased', 'Mara Lind'],
    ]);
  });

  it('gives "the bank said" no other organization when the text named the bank only in lower case, nor the outlet told', () => {
    const pairs = direct(
      'Jon Arason told RÚV on Monday that the eruption was over.\n\nThe central bank kept its key rate at 9.25 percent. "Inflation is still too high," the bank said.',
    );
    expect(pairs).toEqual([['Inflation is still too high', 'the bank']]);
  });

  it('reads "the defender said" and "the 61-year-old leader said" as the person just named', () => {
    const pairs = direct(
      'The team\'s captain, Diego Fleitas, said the players shared the blame. "We let him down," the defender said.\n\nTobias Nangolo, 61, was re-elected on Sunday. "We will keep going," the 61-year-old leader said.',
    );
    expect(pairs).toEqual([
      ['We let him down', 'Diego Fleitas'],
      ['We will keep going', 'Tobias Nangolo'],
    ]);
  });

  it('reads "the 48-year-old coach" as the person titled coach, not one named inside the quote', () => {
    const pairs = direct(
      'Coach Vuk Perovic praised his players.\n\n"In the penalties we had Stefan," the 48-year-old coach told reporters.\n\nSpeaking by phone from Walaha, a health worker, Lisbeth Garae, said water was short. "The sky is dark," she said.',
    );
    expect(pairs).toEqual([
      ['In the penalties we had Stefan', 'Vuk Perovic'],
      ['The sky is dark', 'Lisbeth Garae'],
    ]);
  });

  it('reads reported clauses past a titled name in apposition, an age before a relative clause, a number subject and ", and" after a trailing attribution', () => {
    const pairs = quotePairs(
      'The rapporteur, PAS deputy Irina Munteanu, said it had been drafted after two years. Mampho Seeiso, 38, who has worked at the plant for 11 years, said she was earning less. Police said two men, both Croatian citizens, were detained. Schools have been closed until further notice, the ministry said on Tuesday, and teachers will be redeployed.',
      'indirect',
    );
    expect(pairs).toEqual([
      ['it had been drafted after two years', 'Irina Munteanu'],
      ['she was earning less', 'Mampho Seeiso'],
      ['two men, both Croatian citizens, were detained', 'Police'],
      ['Schools have been closed until further notice', 'the ministry'],
    ]);
  });

  it('reads "the minister" as the person titled so before, and a body\'s delegation or office as the body', () => {
    const text =
      'The Minister for Agriculture, Climate Change and Environment, Hon. Alain Dufrene, spoke on Monday. "We inherited a small system," the minister told the Assembly. In Bubanza, local administrator Pascal Hakizimana spoke too. "We do not force them," the administrator said. The European Commission\'s delegation in Skopje said it was following the talks closely. UNICEF\'s Liberia office said it was deeply concerned about the losses.';
    expect(quotePairs(text, 'direct')).toEqual([
      ['We inherited a small system', 'Alain Dufrene'],
      ['We do not force them', 'Pascal Hakizimana'],
    ]);
    expect(quotePairs(text, 'indirect')).toEqual([
      ['it was following the talks closely', 'European Commission'],
      ['it was deeply concerned about the losses', 'UNICEF'],
    ]);
  });

  it('reads a "that" clause past a long adjunct, not a relative "that" after the clause has begun', () => {
    expect(
      quotePairs(
        'Health Minister Esteban Quiros said at a press conference in San Jose last week that the government would spend more. Governor Jane Roe said Wednesday she would introduce a bill to punish cities that defy the law.',
        'indirect',
      ),
    ).toEqual([
      ['the government would spend more', 'Esteban Quiros'],
      ['she would introduce a bill to punish cities that defy the law', 'Jane Roe'],
    ]);
  });

  it('reads a trailing attribution by a long name with its bracketed abbreviation', () => {
    expect(
      quotePairs(
        'Teachers will stay out of classrooms until their arrears are paid, the National Teachers Association of Liberia (NTAL) said on Sunday.',
        'indirect',
      ),
    ).toEqual([
      [
        'Teachers will stay out of classrooms until their arrears are paid',
        'National Teachers Association of Liberia',
      ],
    ]);
  });

  it('reads "the retired schoolteacher says" as the person just named, and "the union leader" as the one named after the word', () => {
    expect(
      quotePairs(
        'Ward nurse turned strike leader: Radka Petrova\n\nHamidou Garba still sleeps on the roof. "I built this house," the retired schoolteacher says.\n\nThe ministry offered a raise. "We did not come this far for a bonus," the union leader says.',
        'direct',
      ),
    ).toEqual([
      ['I built this house', 'Hamidou Garba'],
      ['We did not come this far for a bonus', 'Radka Petrova'],
    ]);
  });

  it('reads "the statement said" as the body a described speaker of the statement stands for, and "a study by X" as X', () => {
    const text =
      'Both ships hold licences issued by the federal Ministry of Fisheries and Blue Economy. The federal ministry said in a statement on Monday that the seizure was illegal.\n\n"Somalia has one coastline," the statement said. Fishing costs Somalia $300 million a year, according to a 2025 study by the Somali Fisheries Research Centre.';
    expect(quotePairs(text, 'direct')).toEqual([
      ['Somalia has one coastline', 'Ministry of Fisheries and Blue Economy'],
    ]);
    expect(quotePairs(text, 'indirect')).toEqual([
      ['the seizure was illegal', 'Ministry of Fisheries and Blue Economy'],
      ['Fishing costs Somalia $300 million a year', 'Somali Fisheries Research Centre'],
    ]);
  });

  it('reads a reported clause on past a mark inside a quotation it holds', () => {
    expect(
      quotePairs(
        'He told reporters outside the courtroom that the prosecution had "a story, but not evidence" and that the records proved nothing.',
        'indirect',
      ),
    ).toEqual([
      ['the prosecution had "a story, but not evidence" and that the records proved nothing', null],
    ]);
  });

  it('reads past a participle phrase set off before the verb', () => {
    expect(
      quotePairs(
        'A European diplomat, speaking on condition of anonymity, said internet outages could turn a reform into a bottleneck.',
        'indirect',
      ),
    ).toEqual([['internet outages could turn a reform into a bottleneck', 'A European diplomat']]);
  });

  it('reads the person in apposition before "of" a place as the speaker', () => {
    expect(
      quotePairs(
        "The committee's chairman, Rep. Jefferson S. Toe of Nimba County, said lawmakers would not pass the budget.",
        'indirect',
      ),
    ).toEqual([['lawmakers would not pass the budget', 'Jefferson S. Toe']]);
  });

  it('reads "the party said" as the body written before the word ("the opposition CNL party")', () => {
    expect(
      quotePairs(
        'The Burundi Red Cross sent volunteers. The opposition CNL party accused the government of ignoring early warnings. In a statement on Sunday, the party said health workers had reported cases in January.',
        'indirect',
      ),
    ).toEqual([['health workers had reported cases in January', 'CNL']]);
  });

  it('reads "He added that" after "In an interview with <outlet>, X said" as X, and "a statement from X" as X', () => {
    const pairs = quotePairs(
      'In an interview with Deník N, Environment Minister Marek Hájek said the government would spend more on retraining. He added that a new industrial park would open in 2027. According to a statement from the European Commission, the region is eligible for more funds.',
      'indirect',
    );
    expect(pairs).toEqual([
      ['the government would spend more on retraining', 'Marek Hájek'],
      ['a new industrial park would open in 2027', 'Marek Hájek'],
      ['the region is eligible for more funds', 'European Commission'],
    ]);
  });

  it('gives "a spokesperson for the agency" and "a council spokesperson" the organization named before', () => {
    const pairs = quotePairs(
      'S&P Global Ratings cut the outlook on Monday. A spokesperson for the agency said it would review the budget in due course. Bay of Plenty Regional Council closed the beaches on Wednesday. More than 300 volunteers have registered to help, a council spokesperson said.',
      'indirect',
    );
    expect(pairs).toEqual([
      ['it would review the budget in due course', 'S&P Global Ratings'],
      ['More than 300 volunteers have registered to help', 'Bay of Plenty Regional Council'],
    ]);
  });

  it('gives a unit of a body its body for speaker ("the local branch of X", "the Dakar office of X")', () => {
    const text =
      'Title\n\nTwo pupils were briefly detained, according to the local branch of the Senegalese League for Human Rights. The Dakar office of the Senegalese League for Human Rights said the police had used tear gas.\n';
    const x = extractArticle(makeSource(text), text);
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
    expect(x.quotes.map((q) => name(q.speaker))).toEqual([
      'Senegalese League for Human Rights',
      'Senegalese League for Human Rights',
    ]);
  });

  it("gives a described speaker whose words are an entity's name that entity", () => {
    const text =
      'Title\n\nMinera Cerro Azul, which runs the mine, said it had paid 3.2 million soles to the community. "Minera Cerro Azul has always been willing to talk," the statement said.\n';
    const x = extractArticle(makeSource(text), text);
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
    expect(x.quotes.map((q) => name(q.speaker) ?? q.speaker_description)[0]).toBe('Minera Cerro Azul');
  });

  it('reads a clause with a pronoun\'s attribution set off inside it ("The government, he said, would …")', () => {
    const text =
      'Title\n\nDeputy Minister Rodrigo Benítez rejected the criticism. The government, he said, would convene a dialogue table in Asunción on April 29.\n';
    const x = extractArticle(makeSource(text), text);
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
    expect(x.quotes.map((q) => [q.kind, name(q.speaker), q.text])).toEqual([
      [
        'indirect',
        'Rodrigo Benítez',
        'The government, he said, would convene a dialogue table in Asunción on April 29',
      ],
    ]);
  });

  it("finds the speaker past a bracketed name and a fronted phrase, and ends the clause before the speaker's own act", () => {
    const text =
      'Title\n\nCouncillor Andrés Felipe Moya of the Green Alliance (Alianza Verde) said he would summon Restrepo to a debate next month, accusing the secretariat of negligence. The Ministry of Health responded on Tuesday. In a statement, it said it would add melioidosis to the list of notifiable diseases.\n';
    const x = extractArticle(makeSource(text), text);
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
    expect(x.quotes.map((q) => [name(q.speaker), q.text])).toEqual([
      ['Andrés Felipe Moya', 'he would summon Restrepo to a debate next month'],
      ['Ministry of Health', 'it would add melioidosis to the list of notifiable diseases'],
    ]);
  });

  it('gives "the former X midfielder said" the person named just before', () => {
    const text =
      'Title\n\nAtlético Prado dismissed head coach Gustavo Ferreyra on Monday. At an emotional farewell press conference on Monday afternoon, the former Peñarol midfielder thanked the players and said he had no complaints about the decision.\n';
    const x = extractArticle(makeSource(text), text);
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
    expect(x.quotes.map((q) => [name(q.speaker), q.text])).toEqual([
      ['Gustavo Ferreyra', 'he had no complaints about the decision'],
    ]);
  });

  it('gives a quote after a colon lead-in whose subject is an epithet the person named before', () => {
    const text =
      'Title\n\nAtlético Prado dismissed coach Gustavo Ferreyra, 51. Asked whether he had been given enough time, the 51-year-old paused before answering: "In Uruguay, nobody gets enough time."\n';
    const x = extractArticle(makeSource(text), text);
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
    expect(x.quotes.map((q) => [name(q.speaker), q.text])).toEqual([
      ['Gustavo Ferreyra', 'In Uruguay, nobody gets enough time'],
    ]);
  });

  it("gives a speaker named by the first words of a body's name that body", () => {
    const text =
      'Title\n\nFountain of Grace Prophetic Ministries runs 12 churches. In a statement read by an elder, Fountain of Grace denied that its founder had stolen anything.\n';
    const x = extractArticle(makeSource(text), text);
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
    expect(x.quotes.map((q) => name(q.speaker))).toEqual(['Fountain of Grace Prophetic Ministries']);
  });
});
