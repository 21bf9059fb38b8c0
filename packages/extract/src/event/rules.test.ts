import { readdirSync } from 'node:fs';
import { goldSource, loadGoldDir } from '@newsfacts/evaluate';
import { describe, expect, it } from 'vitest';
import { makeSource } from '../fixtures/make-source.js';
import { extractArticle } from '../index.js';
import { EVENT_RULES, ruleIdOf } from './rules.js';

const eventsOf = (text: string) => extractArticle(makeSource(text, '2020-01-01'), text).events;

describe('event rule catalog', () => {
  it.each(Object.entries(EVENT_RULES))('%s: its fixture emits it with the expected type', (id, rule) => {
    const hits = eventsOf(rule.fixture).filter((e) => ruleIdOf(e.provenance.rule ?? '') === id);
    expect(hits.map((e) => e.type)).toContain(rule.expected);
  });

  it('every rule emitted on the gold sets is in the catalog', () => {
    const goldRoot = new URL('../../../../tests/gold/', import.meta.url).pathname;
    const emitted = new Set<string>();
    for (const dir of readdirSync(goldRoot, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const a of loadGoldDir(`${goldRoot}${dir.name}`)) {
        const source = goldSource(a);
        for (const e of extractArticle(source, a.text).events) emitted.add(ruleIdOf(e.provenance.rule ?? ''));
      }
    }
    expect(emitted.size).toBeGreaterThan(1);
    for (const id of emitted) expect(Object.keys(EVENT_RULES)).toContain(id);
  });
});
