import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { wordFact } from './word-facts.js';

describe('word facts', () => {
  it('computes a fact once per lower-case word and shares it between the tokens of that word', () => {
    const asked: string[] = [];
    const length = wordFact((w) => {
      asked.push(w);
      return w.length;
    });
    const tokens = tokenize('Talks said the talks, TALKS and talks.');
    expect(tokens.map((t) => length(t))).toEqual([5, 4, 3, 5, 1, 5, 3, 5, 1]);
    expect(asked).toEqual(['talks', 'said', 'the', ',', 'and', '.']);
    expect(tokens[0]!.facts).toBe(tokens[3]!.facts);
  });

  it('gives a word longer than 40 characters facts of its own', () => {
    const long = 'a'.repeat(41);
    const [x, y] = tokenize(`${long} ${long}`);
    expect(x!.facts).not.toBe(y!.facts);
    const seen = wordFact((w) => w.length);
    expect(seen(x!)).toBe(41);
  });
});
