import { describe, expect, it } from 'vitest';
import { checkDate } from './check-date.js';

describe('checkDate', () => {
  it('keeps valid EDTF and drops the rest', () => {
    for (const d of ['2007', '2007-03', '2007-03-14', '2004/2007', '2007-03~', '2007-XX', '2008-02-29'])
      expect(checkDate(d), d).toBe(d);
    for (const d of ['2007-13', '2007-02-30', '2007/2004', '2007/2007', 'nonsense', '2007-04-31'])
      expect(checkDate(d), d).toBeNull();
    expect(checkDate(null)).toBeNull();
  });
});
