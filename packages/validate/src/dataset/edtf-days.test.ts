import { describe, expect, it } from 'vitest';
import { parsedDays, edtfDays as parseEdtf } from './edtf-days.js';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const plain = { uncertain: false, approximate: false, unspecified: false };

describe('edtfDays', () => {
  it('gives a year its whole extent', () => {
    expect(parseEdtf('2007')).toEqual({ start: day(2007, 1, 1), end: day(2008, 1, 1), ...plain });
  });
  it('gives a month and a day their extent (leap years included)', () => {
    expect(parseEdtf('2008-02')).toEqual({ start: day(2008, 2, 1), end: day(2008, 3, 1), ...plain });
    expect(parseEdtf('2005-04-07')).toEqual({ start: day(2005, 4, 7), end: day(2005, 4, 8), ...plain });
  });
  it('runs an interval from the start of A to the end of B', () => {
    expect(parseEdtf('2004/2007')).toEqual({ start: day(2004, 1, 1), end: day(2008, 1, 1), ...plain });
    expect(parseEdtf('2007-01/2007-04')).toEqual({ start: day(2007, 1, 1), end: day(2007, 5, 1), ...plain });
  });
  it('reads qualifiers', () => {
    expect(parseEdtf('2007?')).toMatchObject({ uncertain: true, approximate: false });
    expect(parseEdtf('2007-05~')).toMatchObject({ uncertain: false, approximate: true });
    expect(parseEdtf('2004%/2007')).toMatchObject({ uncertain: true, approximate: true });
    expect(parseEdtf('2004-06?-11')).toMatchObject({ uncertain: true, start: day(2004, 6, 11) });
  });
  it('widens X digits to every value they could take', () => {
    expect(parseEdtf('200X')).toEqual({
      start: day(2000, 1, 1),
      end: day(2010, 1, 1),
      ...plain,
      unspecified: true,
    });
    expect(parseEdtf('2007-XX')).toMatchObject({
      start: day(2007, 1, 1),
      end: day(2008, 1, 1),
      unspecified: true,
    });
    expect(parseEdtf('2007-1X')).toMatchObject({ start: day(2007, 10, 1), end: day(2008, 1, 1) });
    expect(parseEdtf('2007-02-XX')).toMatchObject({ start: day(2007, 2, 1), end: day(2007, 3, 1) });
  });
  it('treats unknown or impossible forms as undated', () => {
    for (const value of [
      '',
      '07',
      '2007-13',
      '2007-02-30',
      '2007/..',
      '/2007',
      '-0500',
      '2007-21',
      '2008/2004',
      'a/b/c',
    ]) {
      expect(parseEdtf(value), value).toBeNull();
    }
  });

  it('reads plain dates as the EDTF parser does', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const values = ['0050', '0999', '2024-1-01', '20240', '2024?', '+2024', '', '2024-06-01/2024-07'];
    for (const y of [999, 1000, 1600, 1900, 1999, 2000, 2023, 2024, 2100, 9999]) {
      values.push(pad(y, 4));
      for (let m = 0; m <= 13; m++) {
        values.push(`${pad(y, 4)}-${pad(m, 2)}`);
        for (const d of [0, 1, 9, 10, 19, 27, 28, 29, 30, 31, 32])
          values.push(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
      }
    }
    for (const value of values) expect(parseEdtf(value), value).toEqual(parsedDays(value));
  });

  it('reads intervals of plain dates as the EDTF parser does', () => {
    const ends = [
      '2023-02-28',
      '2023-02-29',
      '2024-02-29',
      '2024',
      '2024-01',
      '2024-01-01',
      '2024-12-31',
      '2025',
    ];
    ends.push('0999', '2024-13', '2024~', '..', '');
    for (const a of ends)
      for (const b of ends) expect(parseEdtf(`${a}/${b}`), `${a}/${b}`).toEqual(parsedDays(`${a}/${b}`));
  });
});
