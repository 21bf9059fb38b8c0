import type { Cluster } from './types.js';

/**
 * The owner whose closest full-name mention is nearest before the position (after counts as farther):
 * "Ames" goes to the Ames named last before it.
 */
export function nearest(owners: readonly Cluster[], at: number): Cluster {
  let best = owners[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of owners) {
    const k = lastIndexBefore(o.anchors, at);
    const before = k >= 0 ? at - o.anchors[k]! : Number.POSITIVE_INFINITY;
    const afterPos = o.anchors[k + 1];
    const after = afterPos !== undefined ? (afterPos - at) * 4 : Number.POSITIVE_INFINITY;
    const d = Math.min(before, after);
    if (d < bestDistance) {
      bestDistance = d;
      best = o;
    }
  }
  return best;
}

/** Index of the last element < at in an ascending array, or -1: [2, 5, 9] and 6 → 1. */
export function lastIndexBefore(xs: readonly number[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
