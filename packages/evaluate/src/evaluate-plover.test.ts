import { describe, expect, it } from 'vitest';
import { evaluatePlover } from './evaluate-plover.js';
import { formatPloverReport } from './format-plover-report.js';

const cases = [
  { id: 'a', text: 'A agreed.', type: 'AGREE' },
  { id: 'b', text: 'B rejected.', type: 'REJECT' },
  { id: 'c', text: 'C agreed after talks.', type: 'AGREE' },
  { id: 'd', text: 'D.', type: 'ASSAULT' },
];
const found: Record<string, string[]> = { a: ['AGREE'], b: ['AGREE'], c: ['CONSULT', 'AGREE'], d: [] };

describe('evaluatePlover', () => {
  const report = evaluatePlover(cases, (c) => found[c.id]!.map((type) => ({ type })));

  it('counts type hit, detection and first-event type over sentences', () => {
    expect(report.typeHit).toEqual({ correct: 2, total: 4 });
    expect(report.detection).toEqual({ correct: 3, total: 4 });
    expect(report.firstType).toEqual({ correct: 1, total: 4 });
  });

  it('tallies hits per gold type in type order', () => {
    expect(report.perType).toEqual([
      { type: 'AGREE', gold: 2, hit: 2 },
      { type: 'ASSAULT', gold: 1, hit: 0 },
      { type: 'REJECT', gold: 1, hit: 0 },
    ]);
  });

  it('prints no baseline for events and lists the misses on request', () => {
    const text = formatPloverReport(report, { details: true });
    expect(text).toMatch(/type hit .* 0\.50 \(2\/4\) +—/);
    expect(text).toMatch(/b REJECT: AGREE \| B rejected\./);
    expect(text).toMatch(/d ASSAULT: no event/);
    expect(formatPloverReport(report)).not.toMatch(/without the gold type/);
  });
});
