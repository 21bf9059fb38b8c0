import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as normalize from '@newsfacts/normalize';
import { describe, expect, it, vi } from 'vitest';
import { loadPipeline } from './load-pipeline.js';
import { runPipeline } from './run-pipeline.js';

const seen = vi.hoisted(() => ({ held: [] as string[][] }));

// The real functions, watched; the whole-dataset ones fail the run if the streamed path calls them.
vi.mock('@newsfacts/normalize', async (importOriginal) => {
  const real = await importOriginal<typeof import('@newsfacts/normalize')>();
  return {
    ...real,
    curateHeld: vi.fn((...args: Parameters<typeof real.curateHeld>) => {
      seen.held.push(args[2].map((h) => h.doc.source.id));
      return real.curateHeld(...args);
    }),
    replayRetargets: vi.fn(real.replayRetargets),
    applyCuration: vi.fn(() => {
      throw new Error('the whole dataset was curated');
    }),
    DatasetMerger: class {
      constructor() {
        throw new Error('the whole dataset was merged');
      }
    },
  };
});

const CAST = ['Anna Keller', 'David Okafor', 'Maria Haddad', 'James Tanaka', 'Olga Novak', 'Carlos Mendes'];

function story(i: number): string {
  const who = CAST[i % CAST.length]!;
  const last = who.split(' ')[1];
  return [
    `${last} holds talks in Geneva`,
    '',
    `GENEVA (Example Wire) - Foreign Minister ${who} met officials of the United Nations in Geneva on Monday, the ministry said.`,
    `"We have made real progress on the trade agreement number ${i}," ${last} told reporters.`,
    `According to the World Bank, the programme ran from 2004 to 2007 and cost ${i + 3} million dollars.`,
    '',
  ].join('\n');
}

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-curated-'));
  const dir = join(root, 'pipelines', 'cw');
  mkdirSync(dir, { recursive: true });
  const lines = Array.from({ length: 12 }, (_, i) => ({
    id: `s${i}`,
    text: story(i),
    published: '2024-03-06',
  }));
  writeFileSync(join(dir, 'articles.jsonl'), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  const entries = [
    { op: 'merge', ids: ['person:maria-haddad'], into: 'person:anna-keller', reason: 'one minister' },
    {
      op: 'set',
      match: { kind: 'quote', text: 'trade agreement number 1', source: 's1' },
      fields: { speaker: null, speaker_description: 'the foreign minister' },
      reason: 'unnamed',
    },
    { op: 'drop', match: { kind: 'quote', text: 'cost 7 million dollars' }, reason: 'no source given' },
  ];
  writeFileSync(join(dir, 'curation.json'), JSON.stringify({ entries }));
  const dataset = {
    title: 'CW',
    description: 'Test corpus.',
    license: 'CC-BY-4.0',
    keywords: [],
    contributors: [],
  };
  const config = {
    name: 'cw',
    dataset,
    sources: [{ corpus: 'articles.jsonl' }],
    curation: ['curation.json'],
  };
  writeFileSync(join(dir, 'pipeline.json'), JSON.stringify(config));
  return root;
}

describe('curation of a streamed corpus', () => {
  it('holds only the articles curation names and replays entity retargets on the others', async () => {
    const root = project();
    const p = loadPipeline(join(root, 'pipelines', 'cw'));
    const result = await runPipeline(p, {
      root,
      datasetsDir: join(root, 'datasets'),
      workers: 1,
      cache: false,
      force: true,
      sourceDateEpoch: null,
      progress: { tick() {}, done() {} },
    });
    expect(result.counts.sources).toBe(12);
    // one curation run, over the two articles the entries name (by source and by words), never the corpus
    expect(seen.held.map((ids) => ids.sort())).toEqual([['s1', 's4']]);
    // the merge's retarget replayed on the other articles that name Maria Haddad, and only on them
    const replayed = vi.mocked(normalize.replayRetargets).mock.calls.map(([doc]) => doc.source.id);
    expect(replayed.sort()).toEqual(['s2', 's8']);
    expect(vi.mocked(normalize.applyCuration)).not.toHaveBeenCalled();

    const data = (t: string) =>
      readFileSync(join(result.dir, `data/${t}.jsonl`), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
    const entities = data('entities');
    expect(entities.map((e) => e.id)).not.toContain('person:maria-haddad');
    expect(entities.find((e) => e.id === 'person:anna-keller')).toMatchObject({
      mention_count: 4 * 3,
      aliases: expect.arrayContaining(['Maria Haddad']),
      curation: [{ op: 'merge', entry: 'curation.json#/entries/0', note: 'one minister' }],
    });
    const quotes = data('quotes');
    expect(quotes.filter((q) => q.source_id === 's2').map((q) => q.speaker_id)).toContain(
      'person:anna-keller',
    );
    expect(quotes.find((q) => q.text.includes('number 1'))).toMatchObject({
      speaker_id: null,
      speaker_description: 'the foreign minister',
    });
    expect(quotes.some((q) => q.text.includes('cost 7 million'))).toBe(false);
    expect(data('redirects')).toEqual([
      {
        old_id: 'person:maria-haddad',
        new_id: 'person:anna-keller',
        kind: 'entity',
        reason: 'merge: one minister',
      },
    ]);
  });
});
