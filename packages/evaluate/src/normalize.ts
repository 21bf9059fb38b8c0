import { wordTokens } from '@newsfacts/evidence';

/** Token-overlap F1 of two texts (multiset overlap). */
export function tokenF1(a: string, b: string): number {
  const x = wordTokens(a);
  const y = wordTokens(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of y) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / y.length;
  const r = common / x.length;
  return (2 * p * r) / (p + r);
}

/** Share of the gold text's tokens that also occur in the predicted text. */
export function tokenShare(gold: string, predicted: string): number {
  const g = wordTokens(gold);
  if (g.length === 0) return 0;
  const p = new Set(wordTokens(predicted));
  return g.filter((w) => p.has(w)).length / g.length;
}
