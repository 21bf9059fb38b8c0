import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GoldFile, scoreArticle } from '@newsfacts/evaluate';
import { readRelease } from '@newsfacts/publish';
import { SCHEMA_VERSION } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const dataset = 'kashmir-backchannel';
const latest = readFileSync(join(ROOT, 'datasets', dataset, 'latest'), 'utf8').trim();
const gold = JSON.parse(
  readFileSync(join(ROOT, 'tests/gold/seed', `${dataset}.gold.json`), 'utf8'),
) as GoldFile;

describe('the published seed dataset, curated', () => {
  it('is right by the hand-made gold for the seed, with nothing missing', async () => {
    const release = await readRelease(join(ROOT, 'datasets', dataset, latest));
    const text = release.texts.get(dataset)!;
    const { sources, entities, quotes, events, relations } = release.dataset;
    const score = scoreArticle(
      { schema_version: SCHEMA_VERSION, source: sources[0]!, entities, quotes, events, relations },
      gold,
      text,
    );
    const all = (c: { matched: number; predicted: number; gold: number }) => [c.matched, c.predicted, c.gold];
    expect(all(score.entities)).toEqual([gold.entities.length, gold.entities.length, gold.entities.length]);
    const direct = gold.quotes.filter((q) => q.kind !== 'indirect').length;
    const indirect = gold.quotes.length - direct;
    expect(all(score.directQuotes)).toEqual([direct, direct, direct]);
    expect(all(score.indirectQuotes)).toEqual([indirect, indirect, indirect]);
    expect(score.events.matched).toBe(gold.events.length);
    expect(score.events.predicted).toBe(gold.events.length);
    for (const a of [score.speaker, score.eventType, score.date, score.participants])
      expect(a.correct).toBe(a.total);
  });
});
