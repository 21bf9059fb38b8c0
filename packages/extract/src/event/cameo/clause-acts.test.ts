import { describe, expect, it } from 'vitest';
import { makeSource } from '../../fixtures/make-source.js';
import { extractArticle } from '../../index.js';
import { tokenize } from '../../text/tokenize.js';
import { rejectsObject } from '../rules/rejected-object.js';
import { cameoVerbs, ploverType } from './read-cameo-verbs.js';

const eventsOf = (text: string) => extractArticle(makeSource(text, '2020-01-01'), text).events;
const typesOf = (text: string) => eventsOf(text).map((e) => [e.type, e.provenance.rule]);

describe('CAMEO codes read against their family', () => {
  it('easing a curfew or an emergency is CONCEDE like 081, destroying property COERCE like 171', () => {
    expect(ploverType('0813')).toBe('CONCEDE');
    expect(ploverType('0814')).toBe('CONCEDE');
    expect(ploverType('1712')).toBe('COERCE');
    // the military de-escalations stay RETREAT
    expect(ploverType('0872')).toBe('RETREAT');
  });

  it('lifted or relaxed curfews and emergencies, demolished homes', () => {
    expect(typesOf("Sudan's government on Sunday lifted a state of emergency in West Darfur.")[0]?.[0]).toBe(
      'CONCEDE',
    );
    expect(typesOf('The government relaxed the curfew in the capital.')).toEqual([
      ['CONCEDE', 'event/cameo-pattern:relax'],
    ]);
    expect(typesOf('The army shortened the curfew by two hours.')).toEqual([
      ['CONCEDE', 'event/cameo-pattern:shorten'],
    ]);
    // "shorten" has no code of its own: only an easing pattern makes it an event
    expect(typesOf('The army shortened the training course by two weeks.')).toEqual([]);
    expect(typesOf('Israeli army bulldozers demolished Palestinian homes.')).toEqual([
      ['COERCE', 'event/cameo-pattern:demolish'],
    ]);
  });
});

describe('rejected objects', () => {
  it('the objects come from the REFUSE block (CAMEO 12 and 016), with plurals', () => {
    for (const w of ['appeal', 'offer', 'demands', 'proposal', 'proposals', 'allegation', 'charges'])
      expect(cameoVerbs.rejectedObjects.has(w)).toBe(true);
    expect(cameoVerbs.rejectedObjects.has('minister')).toBe(false);
  });

  it('an object a few words after the verb, not past a comma', () => {
    const toks = tokenize('dismissed an appeal from the president');
    expect(rejectsObject(toks, 1, toks.length)).toBe(true);
    const far = tokenize('dismissed the chief, whose appeal failed');
    expect(rejectsObject(far, 1, far.length)).toBe(false);
  });

  it('"dismissed an appeal" rejects; "dismissed the army chief" removes a person', () => {
    expect(typesOf('The rebels dismissed an appeal from the president to lay down their arms.')).toEqual([
      ['REJECT', 'event/rejected-object:dismissed'],
    ]);
    expect(typesOf('The minister dismissed the allegations on Monday.')[0]?.[0]).toBe('REJECT');
    expect(typesOf('The president dismissed the army chief.')[0]?.[0]).toBe('COERCE');
  });
});

describe('failed cooperation', () => {
  it('a failure to agree is a rejection, a failure alone is not', () => {
    expect(typesOf('Palestinians and Israelis failed to reach agreement on Sunday.')[0]).toEqual([
      'REJECT',
      'event/failed-cooperation:failed',
    ]);
    expect(typesOf('The two sides failed to agree on a ceasefire.')[0]?.[0]).toBe('REJECT');
    expect(typesOf('The coup attempt failed on Sunday.')[0]?.[0]).toBe('OTHER');
  });
});

describe('purpose clauses', () => {
  it('the purpose of a meeting or a sending act is an event of its own, stated from its "to"', () => {
    const events = eventsOf(
      'Foreign Minister Ana Silva summoned the French ambassador to complain of the delays.',
    );
    expect(events.map((e) => [e.type, e.provenance.rule])).toEqual([
      ['CONSULT', 'event/cameo-verb:summon'],
      ['ACCUSE', 'event/purpose:complain'],
    ]);
    expect(events[1]!.evidence[0]!.exact).toBe('to complain of the delays');
    expect(typesOf('The envoy visited Kabul to investigate the killings.').map((t) => t[0])).toEqual([
      'CONSULT',
      'ACCUSE',
    ]);
  });

  it('a purpose of cooperation is an aim, no event of its own', () => {
    expect(typesOf('The minister visited the school to encourage interest in science.')).toEqual([
      ['CONSULT', 'event/lexicon:visited'],
    ]);
    expect(
      typesOf('The minister visited Kabul to demand the release of the hostages.').map((t) => t[1]),
    ).toEqual(['event/lexicon:visited', 'event/purpose:demand']);
  });

  it('a verb that governs its complement keeps it: no purpose after refusing or urging', () => {
    expect(typesOf('Vice-President Moody Awori has declined to resign.').map((t) => t[0])).toEqual([
      'REJECT',
    ]);
    const urged = typesOf(
      'Lafleur met with members of the delegation and urged them to back the aid package.',
    );
    expect(urged.map((t) => t[1])).not.toContain('event/purpose:back');
  });
});

describe('objects of dictionary verbs', () => {
  it('the lexicon noun a pattern names is the verb’s object, not a second event', () => {
    expect(typesOf('Germany halted talks with Iran on Monday.')).toEqual([
      ['SANCTION', 'event/cameo-pattern:halt'],
    ]);
    expect(typesOf('The rebels violated the ceasefire.').map((t) => t[0])).toEqual(['ASSAULT']);
    expect(typesOf('Syrian officers today ended mediation efforts between rival militias.')).toEqual([
      ['SANCTION', 'event/cameo-pattern:end'],
    ]);
  });

  it('accepting demands concedes (083); a word in -s after a past verb is no verb', () => {
    expect(typesOf('The Mozambique government on Thursday accepted demands from Shona rebels.')).toEqual([
      ['CONCEDE', 'event/cameo-pattern:accept'],
    ]);
    expect(typesOf('The president rejected calls for his resignation.').map((t) => t[0])).toEqual(['REJECT']);
  });

  it('of two objects matching as many words the later, the head of the phrase, codes', () => {
    expect(typesOf('Annan said he will withdraw weapons inspectors from Iraq.')[0]?.[0]).toBe('THREATEN');
  });

  it('blocking a passage is a protest blockade (144); violating a ban defies the law (128)', () => {
    expect(typesOf('Angry paper workers blocked the Europe Bridge for three hours.')[0]?.[0]).toBe('PROTEST');
    expect(typesOf('A newspaper in Beirut has violated a ban by General Michel Aoun.')[0]?.[0]).toBe(
      'REJECT',
    );
  });
});

describe('grounds of accusations', () => {
  it('what an accusation blames someone for is no event of its own', () => {
    expect(typesOf('The opposition accused the government of rigging the election.')).toEqual([
      ['ACCUSE', 'event/lexicon:accused'],
    ]);
    expect(
      typesOf('Iran accused the United States of planning attacks on its sites.').map((t) => t[0]),
    ).toEqual(['ACCUSE']);
    // an event after the accusation's clause is one
    expect(typesOf('The ministry condemned the attack.').map((t) => t[0])).toEqual(['ACCUSE']);
    expect(
      typesOf('Iran accused the United States, and the rebels attacked the town.').map((t) => t[0]),
    ).toEqual(['ACCUSE', 'ASSAULT']);
  });
});
