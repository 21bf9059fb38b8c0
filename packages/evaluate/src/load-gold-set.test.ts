import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldSet } from './load-gold-set.js';

const dir = (name: string) => new URL(`../../../tests/gold/${name}`, import.meta.url).pathname;
const scratch = (files: Record<string, string>) => {
  const d = mkdtempSync(join(tmpdir(), 'gold-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
};

describe('loadGoldSet', () => {
  it('reads a folder with cases.jsonl as PLOVER sentences', () => {
    const set = loadGoldSet(dir('plover-gsr'));
    expect(set.kind).toBe('plover');
    if (set.kind !== 'plover') return;
    expect(set.cases).toHaveLength(161);
    expect(set.cases[0]).toEqual({
      id: 'gsr-gsr01-agree-0001',
      text: expect.stringMatching(/^Senior Hungarian and Romanian officials agreed/),
      type: 'AGREE',
    });
  });

  it('reads the GUM articles with their Wikipedia identities and annotated layers', () => {
    const set = loadGoldSet(dir('gum-news'));
    expect(set.kind).toBe('articles');
    if (set.kind !== 'articles') return;
    expect(set.articles.map((a) => a.id)).toHaveLength(12);
    const trump = set.articles[0]!.gold.entities.find((e) => e.name === 'Donald Trump');
    expect(trump?.wikipedia).toBe('Donald_Trump');
    expect(set.articles[0]!.gold.annotated).toEqual(['entities', 'quotes', 'events']);
  });

  it('names the file and line of a bad PLOVER case', () => {
    const d = scratch({ 'cases.jsonl': '{"id":"a","text":"x","type":"AGREE"}\n{"id":"b","text":""}\n' });
    expect(() => loadGoldSet(d)).toThrow(`${join(d, 'cases.jsonl')}:2: "text" must be a non-empty string`);
    const broken = scratch({ 'cases.jsonl': '{"id":\n' });
    expect(() => loadGoldSet(broken)).toThrow(/cases\.jsonl:1: not valid JSON$/);
  });

  it('names a gold file that is not JSON or lacks a list', () => {
    expect(() => loadGoldSet(scratch({ '01.txt': 'x', '01.gold.json': '{' }))).toThrow(
      /01\.gold\.json: not valid JSON$/,
    );
    expect(() =>
      loadGoldSet(scratch({ '01.txt': 'x', '01.gold.json': '{"entities":[],"quotes":[]}' })),
    ).toThrow(/01\.gold\.json: \/events must be an array$/);
  });
});
