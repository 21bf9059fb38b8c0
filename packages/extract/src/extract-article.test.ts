import { readdirSync, readFileSync } from 'node:fs';
import { checkEvidence, indexCodePoints } from '@newsfacts/evidence';
import { validateAgainst } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { makeSource } from './fixtures/make-source.js';
import { extractArticle, GENERATOR } from './index.js';

const goldDirs = ['../../tests/gold/wikinews', '../../tests/gold/seed'].map(
  (d) => new URL(`../${d}/`, import.meta.url),
);
const articles = goldDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => {
      const id = f.replace('.gold.json', '');
      const gold = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { published: string | null };
      return { id, text: readFileSync(new URL(`${id}.txt`, dir), 'utf8'), published: gold.published };
    }),
);

describe('extractArticle on the gold articles', () => {
  it.each(articles.map((a) => [a.id, a] as const))(
    '%s: every record is schema-valid, local, and tied to its words',
    (_, a) => {
      const source = makeSource(a.text, a.published);
      const x = extractArticle(source, a.text);
      const doc = { schema_version: '1.0.0', source, ...x };
      expect(validateAgainst('extraction-document', doc)).toEqual([]);
      const ids = new Set(x.entities.map((e) => e.id));
      const eventIds = new Set(x.events.map((e) => e.id));
      const cp = indexCodePoints(a.text);
      const evidence = [
        ...x.entities.flatMap((e) => e.mentions.map((m) => m.evidence)),
        ...x.quotes.flatMap((q) => [q.evidence, ...(q.cue ? [q.cue.evidence] : [])]),
        ...x.events.flatMap((e) => e.evidence),
        ...x.relations.map((r) => r.evidence),
      ];
      for (const ev of evidence) expect(checkEvidence(ev, cp)).toEqual([]);
      for (const e of x.entities) expect(e.id).toMatch(/^e\d+$/);
      for (const q of x.quotes) {
        expect(q.id).toMatch(/^q\d+$/);
        if (q.speaker) expect(ids.has(q.speaker)).toBe(true);
        for (const r of q.reported_by) if (r.entity) expect(ids.has(r.entity)).toBe(true);
        expect(q.provenance.generator).toBe(GENERATOR);
      }
      for (const e of x.events) {
        expect(e.id).toMatch(/^v\d+$/);
        for (const p of e.participants) expect(ids.has(p.entity)).toBe(true);
        if (e.location) expect(ids.has(e.location)).toBe(true);
      }
      for (const r of x.relations) {
        expect(eventIds.has(r.from) && eventIds.has(r.to)).toBe(true);
      }
    },
  );

  it('is deterministic: the same input gives the same output', () => {
    const a = articles[0]!;
    const source = makeSource(a.text, a.published);
    expect(JSON.stringify(extractArticle(source, a.text))).toBe(
      JSON.stringify(extractArticle(source, a.text)),
    );
  });
});
