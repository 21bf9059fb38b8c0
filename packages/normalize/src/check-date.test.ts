import { describe, expect, it } from 'vitest';
import { checkDate, checkDateWithParser } from './check-date.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('checkDate', () => {
  it('answers plain dates and their intervals exactly as the EDTF parser does', () => {
    const dates: string[] = [];
    for (const year of [1900, 1999, 2000, 2004, 2007, 2100, 9999, 0]) {
      dates.push(pad(year, 4));
      for (let month = 0; month <= 13; month++) {
        dates.push(`${pad(year, 4)}-${pad(month)}`);
        for (let day = 0; day <= 32; day++) dates.push(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
      }
    }
    for (const d of dates) expect(checkDate(d), d).toBe(checkDateWithParser(d));
    const ends = [
      '2004',
      '2007',
      '2007-02',
      '2007-03',
      '2007-02-28',
      '2007-03-01',
      '2008-02-29',
      '2007-02-29',
    ];
    for (const a of ends)
      for (const b of ends)
        expect(checkDate(`${a}/${b}`), `${a}/${b}`).toBe(checkDateWithParser(`${a}/${b}`));
  });

  it('leaves every other form to the parser', () => {
    for (const d of [
      '2007?',
      '2007-03~',
      '2007-XX',
      '2007/..',
      '../2007',
      '2007-21',
      '-0044',
      'nonsense',
      '2007/2008/2009',
    ])
      expect(checkDate(d), d).toBe(checkDateWithParser(d));
    expect(checkDate(null)).toBeNull();
  });
});
