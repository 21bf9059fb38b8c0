import { processArticle } from '@newsfacts/runner';
import { describe, expect, it } from 'vitest';
import { adversarialText, HOSTILE_PATTERNS } from './adversarial.js';
import { calibrateSize, growthSlope, lowestGrowth } from './measure-growth.js';

// Timing on a loaded CI (3 suites on 2 cores): each pattern from a size whose run takes MIN_MS of CPU,
// over three doublings, a line fitted through the best of 3 times per size, up to 3 tries (see
// growthSlope). Linear paths measure 1.8–2.3 per doubling on a quiet machine (the collector works more on
// larger texts, and the working set outgrows the cache); the quadratic paths this test was written
// against measured 3.4–4.3. Under a full test run with other sessions on the machine, linear paths reached
// 2.7, so the limit is 3.0: it still fails every quadratic path found so far. The bench prints each
// pattern's figure against issue 18's 2.3 (docs/scale.md).
const FACTOR = 4;
const DOUBLINGS = 3;
const ATTEMPTS = 3;
const LIMIT = 3.0;
const START = 50_000;
const MIN_MS = 60;
const MAX_SIZE = 3_200_000;
const extract = (text: string) => processArticle({ text, meta: { id: 'adversarial' } });

describe('hostile text: time per doubling of the text at most 3× (linear: 2×, quadratic: 4×)', () => {
  for (const [name, make] of Object.entries(HOSTILE_PATTERNS)) {
    it(name, { timeout: 300_000 }, () => {
      const size = calibrateSize(extract, make, START, MIN_MS, MAX_SIZE);
      let g = growthSlope(extract, make, size, DOUBLINGS);
      for (let i = 1; i < ATTEMPTS && g.perDoubling > LIMIT; i++) {
        const again = growthSlope(extract, make, size, DOUBLINGS);
        if (again.perDoubling < g.perDoubling) g = again;
      }
      console.info(
        `${name}: ${g.sizes.map((n) => `${n / 1000} kB`).join(', ')}: ${g.times.map((t) => t.toFixed(0)).join(' → ')} ms, ${g.perDoubling.toFixed(2)}× per doubling`,
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
