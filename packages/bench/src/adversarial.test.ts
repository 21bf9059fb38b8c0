import { processArticle } from '@newsfacts/cli';
import { describe, expect, it } from 'vitest';
import { adversarialText, HOSTILE_PATTERNS } from './adversarial.js';
import { cpuTime, lowestGrowth } from './measure-growth.js';

const SIZE = 100_000;
const MIN_MS = 150;
const MAX_SIZE = 3_200_000;
const LIMIT = 2.3;
const extract = (text: string) => processArticle({ text, meta: { id: 'adversarial' } });

describe('hostile text: twice the text, at most 2.3× the time (CPU time, best of 3, up to 3 tries)', () => {
  for (const [name, make] of Object.entries(HOSTILE_PATTERNS)) {
    it(name, { timeout: 120_000 }, () => {
      const size = calibrate((n) => extract(make(n)));
      const g = lowestGrowth(extract, make(size), make(2 * size), LIMIT);
      console.info(
        `${name} (${size / 1000} kB): ${g.small.toFixed(0)} ms → ${g.large.toFixed(0)} ms, ${g.ratio.toFixed(2)}×`,
      );
      expect(g.ratio).toBeLessThanOrEqual(LIMIT);
    });
  }

  it('every pattern together, each scaled with the text', { timeout: 120_000 }, () => {
    const g = lowestGrowth(extract, adversarialText(SIZE * 4), adversarialText(SIZE * 8), LIMIT);
    console.info(`all patterns: ${g.small.toFixed(0)} ms → ${g.large.toFixed(0)} ms, ${g.ratio.toFixed(2)}×`);
    expect(g.ratio).toBeLessThanOrEqual(LIMIT);
  });

  it('the patterns grow with the size asked for', () => {
    for (const make of Object.values(HOSTILE_PATTERNS)) {
      const ratio = make(2 * SIZE).length / make(SIZE).length;
      expect(ratio).toBeGreaterThan(1.9);
      expect(ratio).toBeLessThan(2.1);
    }
  });
});

/** The smallest size (doubling from 100 kB) whose run takes at least 150 ms, so timer and scheduler noise are small beside it. */
function calibrate(run: (size: number) => void): number {
  let size = SIZE;
  while (size < MAX_SIZE && cpuTime(() => run(size)) < MIN_MS) size *= 2;
  return size;
}
