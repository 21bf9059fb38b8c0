import edtf from 'edtf';

/** The date when it is valid EDTF with ordered interval ends, else null. */
export function checkDate(date: string | null): string | null {
  if (date === null) return null;
  try {
    const parsed = edtf(date) as { min: number; max: number };
    return parsed.min <= parsed.max ? date : null;
  } catch {
    return null;
  }
}
