import { validateAgainst } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { makeSource } from './fixtures/make-source.js';
import { extractArticle } from './index.js';
import { tokenize } from './text/tokenize.js';

const run = (text: string) => {
  const source = makeSource(text, '2020-01-01');
  const x = extractArticle(source, text);
  for (const e of x.entities) expect(validateAgainst('entity', e)).toEqual([]);
  for (const q of x.quotes) expect(validateAgainst('quote', q)).toEqual([]);
  for (const e of x.events) expect(validateAgainst('event', e)).toEqual([]);
  return x;
};

describe('extraction never throws and stays linear', () => {
  it('handles empty text, control characters, emoji and right-to-left scripts', () => {
    expect(run('')).toEqual({ entities: [], quotes: [], events: [], relations: [] });
    run('\u0000\u0001\u0007\u001b[31m \ufeff\u200b');
    run('😀👩‍👩‍👧 “🇮🇳” said 𝕏 — ‘’ "" \'\' “');
    run('שלום עולם “مرحبا بالعالم” قال الرئيس. Steve Coll said “مرحبا”.');
    run('\ud800 lone surrogate \udc00 "unpaired');
  });

  it('handles 10,000 unbalanced quotation marks', () => {
    const x = run(`${'"'.repeat(10_000)} ${'“ '.repeat(10_000)} ${"' ".repeat(10_000)}`);
    expect(x.quotes).toEqual([]);
  });

  it('cuts a 1 MB line without spaces into bounded tokens (work proportional to size)', () => {
    const line = 'a'.repeat(1_000_000);
    const tokens = tokenize(line);
    expect(tokens.length).toBe(5000);
    expect(tokens.reduce((n, t) => n + t.text.length, 0)).toBe(line.length);
    run(line);
    run('Ab-'.repeat(333_333));
    run('A.'.repeat(500_000));
  });

  it('extracts a 1 MB article', () => {
    const para =
      'Indian Prime Minister Manmohan Singh said on Monday that "talks will go on," and protests followed in Srinagar.\n\n';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const x = run(text);
    expect(x.quotes.length).toBeGreaterThan(1000);
    expect(x.entities.length).toBeLessThan(10);
  });
});
