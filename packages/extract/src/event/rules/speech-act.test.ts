import { describe, expect, it } from 'vitest';
import { makeSource } from '../../fixtures/make-source.js';
import { extractArticle } from '../../index.js';
import { ruleIdOf } from '../rules.js';

const typesOf = (text: string) =>
  extractArticle(makeSource(text, '2020-01-01'), text).events.map((e) => [
    e.type,
    ruleIdOf(e.provenance.rule ?? ''),
  ]);

describe('speech acts', () => {
  it('reads a naming verb with a word of blame or praise after its object as ACCUSE or SUPPORT', () => {
    expect(typesOf('Bishop Nunzio Galantino has called the sentence "dangerous".')).toEqual([
      ['ACCUSE', 'event/evaluation'],
    ]);
    expect(typesOf("The secularist magazine MicroMega describe the court's judgement as historic.")).toEqual([
      ['SUPPORT', 'event/evaluation'],
    ]);
  });

  it('does not judge with a naming verb that names, is passive or is negated', () => {
    expect(typesOf('A group called the Sea Org was founded in 1967.').map((t) => t[1])).not.toContain(
      'event/evaluation',
    );
    expect(typesOf('The plan was described as dangerous.')).toEqual([]);
    expect(typesOf('Opposition leader John Smith called the plan not dangerous.')).toEqual([]);
  });

  it('reads a predicate of need in reported speech as a REQUEST, not in narration', () => {
    expect(typesOf('Education minister Stefania Giannini said a more general reflection is needed.')).toEqual(
      [['REQUEST', 'event/need']],
    );
    expect(typesOf('Microsoft announced on Friday that it is time for users to move away.')).toEqual([
      ['REQUEST', 'event/need'],
    ]);
    expect(typesOf('A permit is required for the concert.')).toEqual([]);
    expect(typesOf('The minister said more funding is not needed.')).toEqual([]);
  });

  it('reads a promise without a "to" complement as an intent, and leaves an adjective alone', () => {
    expect(typesOf('Prime Minister Rishi Sunak promised a formal update on the asylum backlog.')).toEqual([
      ['AGREE', 'event/promise'],
    ]);
    expect(typesOf('Prime Minister Rishi Sunak called the talks a promising start.')).not.toContainEqual([
      'AGREE',
      'event/promise',
    ]);
  });

  it('reads an assertive verb with a negated complement as a denial, not "said" nor an affirmed one', () => {
    expect(typesOf('Scientology officials have stated they have not received the materials.')).toEqual([
      ['REJECT', 'event/denial'],
    ]);
    expect(typesOf('The police have asserted that the boy was not a suspect.')).toContainEqual([
      'REJECT',
      'event/denial',
    ]);
    // a negation far after the verb belongs to a later clause of the complement
    expect(
      typesOf("The police asserted that the boy's age, religion, name and school were not a factor."),
    ).toEqual([]);
    expect(typesOf('Scientology officials said they have not received the materials.')).toEqual([]);
    expect(typesOf('Scientology officials have stated they have received the materials.')).toEqual([]);
  });

  it('counts "damning" among the words that make a quoted statement an accusation', () => {
    expect(
      typesOf('Labour leader Yvette Cooper said it was "damning that the ministry has not acted".'),
    ).toEqual([['ACCUSE', 'event/statement']]);
  });

  it('codes the speech-act word families of the lexicon', () => {
    expect(typesOf('Critics of the government were critical of the attacks.')).toEqual([
      ['ACCUSE', 'event/lexicon'],
    ]);
    expect(typesOf('The report has prompted calls for a new inquiry.')).toEqual([
      ['REQUEST', 'event/lexicon'],
    ]);
    expect(typesOf('The minister hailed the agreement.')).toEqual([['SUPPORT', 'event/lexicon']]);
  });
});
