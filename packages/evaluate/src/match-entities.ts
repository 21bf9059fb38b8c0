import { nameKey } from '@newsfacts/evidence';
import type { Entity } from '@newsfacts/schemas';
import type { GoldEntity } from './gold.js';
import { matchPairs } from './score.js';

/** One-to-one [predicted, gold] index pairs: same type and the name equals the gold name or an alias. */
export function matchEntities(predicted: readonly Entity[], gold: readonly GoldEntity[]): [number, number][] {
  const goldKeys = gold.map(entityKeys);
  return matchPairs(predicted.length, gold.length, (p, g) => {
    const e = predicted[p]!;
    return e.type === gold[g]!.type && goldKeys[g]!.has(nameKey(e.name)) ? 1 : null;
  });
}

/** Every matching key of a gold entity (its name and aliases). */
export function entityKeys(g: GoldEntity): Set<string> {
  return new Set([g.name, ...g.aliases].map(nameKey));
}
