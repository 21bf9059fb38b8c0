import { processArticle } from '@newsfacts/runner';
import { describe, expect, it } from 'vitest';
import { adversarialText, HOSTILE_PATTERNS } from './adversarial.js';
import { cpuTime, lowestGrowth } from './measure-growth.js';

// Timing on a loaded CI (3 suites on 2 cores): the text grows 4× (two doublings); CPU time, warm-up of
// both sizes, best of 3, up to 3 tries (see measure-growth.ts). Linear paths measure 1.8–2.3 per
// doubling here (the garbage collector works more on larger texts); the quadratic paths this test was
// written against measured 3.4–4.3. Under a full test run linear paths reached 2.54, so the limit is 3.0:
// it still fails every quadratic path found so far. The bench prints the figure against issue 18's 2.3.
const FACTOR = 4;
const LIMIT = 3.0;
const START = 50_000;
const MIN_MS = 120;
const MAX_SIZE = 6_400_000;
const extract = (text: string) => processArticle({ text, meta: { id: 'adversarial' } });

describe('hostile text: time per doubling of the text at most 3× (linear: 2×, quadratic: 4×)', () => {
  for (const [name, make] of Object.entries(HOSTILE_PATTERNS)) {
    it(name, { timeout: 300_000 }, () => {
      const size = calibrate((n) => extract(make(n)));
      const g = lowestGrowth(extract, make(size), make(FACTOR * size), FACTOR, LIMIT);
      console.info(
        `${name}: ${size / 1000} kB ${g.small.toFixed(0)} ms, ${(FACTOR * size) / 1000} kB ${g.large.toFixed(0)} ms, ${g.perDoubling.toFixed(2)}× per doubling`,
      );
      expect(g.perDoubling).toBeLessThanOrEqual(LIMIT);
    });
  }

  it('every pattern together, each scaled with the text', { timeout: 300_000 }, () => {
    const small = adversarialText(START * 8);
    const g = lowestGrowth(extract, small, adversarialText(START * 8 * FACTOR), FACTOR, LIMIT);
    console.info(
      `all patterns: ${g.small.toFixed(0)} → ${g.large.toFixed(0)} ms, ${g.perDoubling.toFixed(2)}× per doubling`,
    );
    expect(g.perDoubling).toBeLessThanOrEqual(LIMIT);
  });

  it('the patterns grow with the size asked for', () => {
    for (const make of Object.values(HOSTILE_PATTERNS)) {
      const ratio = make(2 * START).length / make(START).length;
      expect(ratio).toBeGreaterThan(1.9);
      expect(ratio).toBeLessThan(2.1);
    }
  });
});

/** The smallest size (doubling from 50 kB) whose warm runs (best of 2) take 120 ms of CPU, so noise is small beside it. */
function calibrate(run: (size: number) => void): number {
  let size = START;
  for (;;) {
    run(size);
    const warm = Math.min(
      cpuTime(() => run(size)),
      cpuTime(() => run(size)),
    );
    if (size >= MAX_SIZE || warm >= MIN_MS) return size;
    size *= 2;
  }
}
