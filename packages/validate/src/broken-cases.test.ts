import { describe, expect, it } from 'vitest';
import { BROKEN_CASES } from './fixtures/broken-cases.js';
import { formatReport, PROBLEM_CATALOG } from './index.js';

describe('one broken input per problem code', () => {
  it.each(BROKEN_CASES.map((c) => [c.code, c] as const))('%s', async (code, c) => {
    const report = await c.run();
    const codes = [...new Set(report.problems.map((p) => p.code))].sort();
    expect(codes, formatReport(report)).toEqual([code, ...(c.also ?? [])].sort());
    for (const p of report.problems)
      expect(p.severity).toBe(PROBLEM_CATALOG[p.code as keyof typeof PROBLEM_CATALOG].severity);
  });

  it('covers every catalog code', () => {
    expect(BROKEN_CASES.map((c) => c.code).sort()).toEqual(Object.keys(PROBLEM_CATALOG).sort());
  });
});
