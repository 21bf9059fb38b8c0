import { describe, expect, it } from 'vitest';
import { parseDate, parseWithEdtf } from './check-dates.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Dates of every shape the fast path reads, with edge values around each bound. */
function samples(): string[] {
  const out: string[] = [];
  for (const y of [999, 1000, 1900, 1999, 2000, 2023, 2024, 2100, 9999]) {
    out.push(pad(y, 4));
    for (let m = 0; m <= 13; m++) {
      out.push(`${pad(y, 4)}-${pad(m, 2)}`);
      for (const d of [0, 1, 9, 10, 19, 27, 28, 29, 30, 31, 32])
        out.push(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    }
  }
  return out;
}

describe('parseDate', () => {
  it('agrees with the EDTF parser on single dates', () => {
    for (const d of [...samples(), '0050', '2024-1-01', '20240', '2024-06-01T00:00', '2024?', '+2024', ''])
      expect(parseDate(d), d).toEqual(parseWithEdtf(d));
  });

  it('agrees with the EDTF parser on intervals, including equal, reversed and mixed precision', () => {
    const ends = [
      '2023-02-29',
      '2023-03-01',
      '2024-02-29',
      '2004-01-31',
      '2004',
      '2004-01',
      '2004-01-01',
      '2004-01-02',
      '2004-06',
      '2004-06-28',
      '2005',
      '2003-12-28',
    ];
    for (const a of ends)
      for (const b of [...ends, '..', '', '2004-06-31', '2004-02-30', 'x'])
        for (const d of [`${a}/${b}`, `${b}/${a}`]) expect(parseDate(d), d).toEqual(parseWithEdtf(d));
  });
});
