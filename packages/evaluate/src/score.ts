/** Precision/recall counts of one record kind. */
export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}

/** Right answers among the matched records. */
export interface Accuracy {
  correct: number;
  total: number;
}

export const emptyCounts = (): Counts => ({ matched: 0, predicted: 0, gold: 0 });
export const emptyAccuracy = (): Accuracy => ({ correct: 0, total: 0 });

export function precision(c: Counts): number {
  return c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.matched / c.predicted;
}

export function recall(c: Counts): number {
  return c.gold === 0 ? (c.predicted === 0 ? 1 : 0) : c.matched / c.gold;
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function rate(a: Accuracy): number {
  return a.total === 0 ? 1 : a.correct / a.total;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { matched: a.matched + b.matched, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export function addAccuracy(a: Accuracy, b: Accuracy): Accuracy {
  return { correct: a.correct + b.correct, total: a.total + b.total };
}

/**
 * One-to-one matching: every pair with a score passing the test, best score first, each side used once.
 * Returns [predictedIndex, goldIndex] pairs.
 */
export function matchPairs(
  predicted: number,
  gold: number,
  score: (p: number, g: number) => number | null,
): [number, number][] {
  const pairs: { p: number; g: number; s: number }[] = [];
  for (let p = 0; p < predicted; p++) {
    for (let g = 0; g < gold; g++) {
      const s = score(p, g);
      if (s !== null) pairs.push({ p, g, s });
    }
  }
  pairs.sort((a, b) => b.s - a.s || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    out.push([p, g]);
  }
  return out;
}
