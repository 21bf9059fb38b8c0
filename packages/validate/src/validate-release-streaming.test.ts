import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { makeSampleDataset, SAMPLE_TEXT } from './fixtures/sample.js';
import { tempDir } from './fixtures/temp-dir.js';
import { writeHashFiles, writeRelease } from './fixtures/write-release.js';
import { formatReport, validateRelease } from './index.js';

/** The sample dataset repeated over `n` sources (s0000 …), every id made unique per source. */
function manySources(n: number): { dataset: Dataset; texts: Map<string, string> } {
  const base = makeSampleDataset();
  const dataset: Dataset = { ...base, sources: [], quotes: [], events: [], relations: [] };
  dataset.entities = base.entities.map((e) => ({ ...e, mentions: [] }));
  const texts = new Map<string, string>();
  for (let k = 0; k < n; k++) {
    const source = `s${String(k).padStart(4, '0')}`;
    const copy = JSON.parse(
      JSON.stringify(base)
        .replaceAll('"sample"', JSON.stringify(source))
        .replace(/"(mention|quote|event|relation):([^"]+)"/g, `"$1:$2-${k}"`),
    ) as Dataset;
    dataset.sources.push(...copy.sources);
    for (const [i, e] of copy.entities.entries()) dataset.entities[i]!.mentions.push(...e.mentions);
    dataset.quotes.push(...copy.quotes);
    dataset.events.push(...copy.events);
    dataset.relations.push(...copy.relations);
    texts.set(source, SAMPLE_TEXT);
  }
  return { dataset, texts };
}

const sorted = (r: { problems: object[] }) => r.problems.map((p) => JSON.stringify(p)).sort();

describe('validateRelease with streamed tables', () => {
  it('accepts a valid release of many sources, as the in-memory check does', async () => {
    const dir = tempDir();
    const { dataset, texts } = manySources(300);
    writeRelease(dir, dataset, texts);
    const streamed = await validateRelease(dir, { streaming: true });
    expect(formatReport(streamed)).toBe('valid: 0 errors, 0 warning(s)\n');
    expect(await validateRelease(dir, { streaming: false })).toEqual(streamed);
  });

  it('reports the same problems, at the same rows, as the in-memory check', async () => {
    const dir = tempDir();
    const { dataset, texts } = manySources(300);
    dataset.events[40]!.date = '2007/2004';
    dataset.quotes[50]!.speaker = 'person:nobody';
    dataset.entities[1]!.mentions[123]!.evidence.exact = 'Genova';
    writeRelease(dir, dataset, texts);
    const csv = join(dir, 'data/events.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    lines[200] = lines[200]!.replace('Officials met', 'Officials meet');
    writeFileSync(csv, lines.join('\n'));
    writeHashFiles(dir);
    const whole = await validateRelease(dir, { streaming: false });
    const streamed = await validateRelease(dir, { streaming: true });
    expect(new Set(whole.problems.map((p) => p.code))).toEqual(
      new Set(['date/range-order', 'ref/unknown-entity', 'csv/json-mismatch', 'span/text-mismatch']),
    );
    expect(sorted(streamed), formatReport(streamed)).toEqual(sorted(whole));
  });
});
