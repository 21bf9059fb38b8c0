import { processArticle } from '@newsfacts/runner/process-article';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * Linear time shown by counting work, never by timing: every regular-expression execution goes through
 * RegExp.prototype.exec (String.replace/match/split call it when it is replaced), so a wrapper counts
 * the executions and the characters each one could scan. Doubling an adversarial article must about
 * double both counts; a loop that re-scans the text per position would quadruple them.
 * (Backtracking inside one execution is not counted; the benchmark's 2 MB / 1 MB time ratio covers it.)
 */
const exec = RegExp.prototype.exec;
afterEach(() => {
  RegExp.prototype.exec = exec;
});

function countWork(text: string): { calls: number; scanned: number } {
  let calls = 0;
  let scanned = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    calls++;
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    scanned += (m ? m.index + m[0].length : String(s).length) - from;
    return m;
  };
  try {
    processArticle({ text, meta: { id: 'adversarial' } });
  } finally {
    RegExp.prototype.exec = exec;
  }
  return { calls, scanned };
}

const ADVERSARIAL: Record<string, (n: number) => string> = {
  'unbalanced quote marks': (n) => 'He said “'.repeat(n / 9),
  'a line without spaces': (n) => `Officials said.\n${'x'.repeat(n)}`,
  'nested quotes': (n) => `${'“‘'.repeat(n / 4)}${'’”'.repeat(n / 4)} said Musharraf.`,
  'capitalized words (name candidates)': (n) => 'Ab Cd Ef '.repeat(n / 9),
  'sentence dots': (n) => 'A. '.repeat(n / 3),
  'news prose': (n) =>
    'Indian Prime Minister Manmohan Singh said on Monday that "talks will go on," and protests followed.\n'.repeat(
      n / 100,
    ),
};

describe('extraction work grows linearly with the text (counted, not timed)', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`${name}: 2× the text, about 2× the work`, { timeout: 120_000 }, () => {
      const small = countWork(make(100_000));
      const large = countWork(make(200_000));
      const ratio = {
        calls: large.calls / Math.max(1, small.calls),
        scanned: large.scanned / Math.max(1, small.scanned),
      };
      console.info(`${name}: ${JSON.stringify({ small, large, ratio })}`);
      expect(ratio.calls).toBeLessThan(2.6);
      expect(ratio.scanned).toBeLessThan(2.6);
    });
  }
});
