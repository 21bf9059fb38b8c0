import { parseEdtf } from '@newsfacts/validate/dataset';

/**
 * The date when it is valid EDTF with ordered interval ends, else null: the same reading of a date as
 * validation's (plain calendar dates fast, everything else through the EDTF parser).
 */
export function checkDate(date: string | null): string | null {
  return date !== null && parseEdtf(date).ok ? date : null;
}
