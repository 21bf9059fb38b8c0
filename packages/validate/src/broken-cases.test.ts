import { describe, expect, it } from 'vitest';
import { BROKEN_CASES, isReleaseCase } from './fixtures/broken-cases.js';
import type { Problem } from './problem.js';

/** The same problems in any order (the streaming check finds them in another order). */
const sortProblems = (ps: Problem[]) => ps.map((p) => JSON.stringify(p)).sort();

import { formatReport, PROBLEM_CATALOG } from './index.js';

describe('one broken input per problem code', () => {
  it.each(BROKEN_CASES.map((c) => [c.code, c] as const))('%s', async (code, c) => {
    const report = await c.run();
    const codes = [...new Set(report.problems.map((p) => p.code))].sort();
    expect(codes, formatReport(report)).toEqual([code, ...(c.also ?? [])].sort());
    for (const p of report.problems)
      expect(p.severity).toBe(PROBLEM_CATALOG[p.code as keyof typeof PROBLEM_CATALOG].severity);
  });

  const releases = BROKEN_CASES.filter(isReleaseCase);
  it.each(releases.map((c) => [c.code, c] as const))('%s, tables streamed', async (code, c) => {
    const streamed = await c.run({ streaming: true });
    const codes = [...new Set(streamed.problems.map((p) => p.code))].sort();
    expect(codes, formatReport(streamed)).toEqual([code, ...(c.also ?? [])].sort());
    const whole = await c.run({ streaming: false });
    expect(sortProblems(streamed.problems), formatReport(streamed)).toEqual(sortProblems(whole.problems));
  });

  it('covers every catalog code', () => {
    expect(BROKEN_CASES.map((c) => c.code).sort()).toEqual(Object.keys(PROBLEM_CATALOG).sort());
  });
});
