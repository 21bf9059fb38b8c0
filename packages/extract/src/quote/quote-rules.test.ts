import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSource } from '../fixtures/make-source.js';
import { extractArticle } from '../index.js';
import { QUOTE_RULES } from './quote-rules.js';

function quotesOf(text: string) {
  const x = extractArticle(makeSource(text), text);
  const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
  return x.quotes.map((q) => ({
    rule: q.provenance.rule,
    kind: q.kind,
    text: q.text,
    speaker: name(q.speaker) ?? q.speaker_description,
  }));
}

describe('quote rule catalog', () => {
  for (const [id, rule] of Object.entries(QUOTE_RULES)) {
    it(`${id}: its fixture emits the expected quote`, () => {
      const emitted = quotesOf(rule.fixture).filter((q) => q.rule === id);
      expect(emitted.map(({ kind, text, speaker }) => ({ kind, text, speaker }))).toContainEqual(
        rule.expected,
      );
    });
  }

  it('every rule emitted on the gold sets is in the catalog', () => {
    const root = new URL('../../../../tests/gold/', import.meta.url);
    const seen = new Set<string>();
    for (const set of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = new URL(`${set.name}/`, root);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        for (const q of quotesOf(readFileSync(new URL(file, dir), 'utf8'))) seen.add(String(q.rule));
      }
    }
    expect(seen.size).toBeGreaterThan(3);
    expect([...seen].filter((r) => !(r in QUOTE_RULES))).toEqual([]);
  });
});
