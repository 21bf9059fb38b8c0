import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../fixtures/make-source.js';
import { extractArticle } from '../../index.js';
import { ENTITY_RULES } from './entity-rules.js';

const goldRoot = new URL('../../../../../tests/gold/', import.meta.url);
const goldTexts = readdirSync(goldRoot, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(new URL(`${d.name}/`, goldRoot))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(`${d.name}/${f}`, goldRoot), 'utf8')),
  );

const entitiesOf = (text: string, outlet: string | null = null) =>
  extractArticle(makeSource(text, null, 'test-article', outlet), text).entities;

describe('entity rule catalog', () => {
  it.each(Object.entries(ENTITY_RULES))(
    '%s: its fixture names the expected entity by that rule',
    (id, rule) => {
      const entity = entitiesOf(rule.fixture, 'outlet' in rule ? rule.outlet : null).find(
        (e) => e.name === rule.expected.name,
      );
      expect(entity?.type).toBe(rule.expected.type);
      expect(entity?.mentions.map((m) => m.provenance.rule)).toContain(id);
    },
  );

  it('every rule emitted on the gold texts is in the catalog', () => {
    expect(goldTexts.length).toBeGreaterThan(10);
    const emitted = new Set(
      goldTexts.flatMap((t) => entitiesOf(t).flatMap((e) => e.mentions.map((m) => m.provenance.rule))),
    );
    expect([...emitted].filter((r) => r === null || !(r in ENTITY_RULES))).toEqual([]);
  });
});
