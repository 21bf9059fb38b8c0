import edtf from 'edtf';

// The EDTF parser is slow and news dates repeat; remembering results of this pure check cannot change
// any output. Bounded so a long-running worker does not grow without limit.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, string | null>();

function check(date: string): string | null {
  try {
    const parsed = edtf(date) as { min: number; max: number };
    return parsed.min <= parsed.max ? date : null;
  } catch {
    return null;
  }
}

/** The date when it is valid EDTF with ordered interval ends, else null. */
export function checkDate(date: string | null): string | null {
  if (date === null) return null;
  const hit = memo.get(date);
  if (hit !== undefined) return hit;
  const result = check(date);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(date, result);
  return result;
}
