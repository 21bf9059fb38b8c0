import { nameKey } from '@newsfacts/evidence';
import type { Entity } from '@newsfacts/schemas';
import type { GoldEntity } from './gold.js';
import { matchPairs } from './score.js';

/**
 * Whether a predicted QID is the gold entity's Wikipedia identity (its reference names equal the title);
 * only gold sets that carry identities (GUM's Wikification) have one.
 */
export type SameIdentity = (qid: string, wikipedia: string) => boolean;

/**
 * One-to-one [predicted, gold] index pairs: same type and the name equals the gold name or an alias, or
 * (with `sameIdentity`) the predicted QID is the gold entity's Wikipedia identity.
 */
export function matchEntities(
  predicted: readonly Entity[],
  gold: readonly GoldEntity[],
  sameIdentity?: SameIdentity,
): [number, number][] {
  const goldKeys = gold.map(entityKeys);
  return matchPairs(predicted.length, gold.length, (p, g) => {
    const e = predicted[p]!;
    const ge = gold[g]!;
    if (e.type !== ge.type) return null;
    if (goldKeys[g]!.has(nameKey(e.name))) return 1;
    return sameIdentity && e.qid && ge.wikipedia && sameIdentity(e.qid, ge.wikipedia) ? 1 : null;
  });
}

/** Every matching key of a gold entity (its name and aliases). */
export function entityKeys(g: GoldEntity): Set<string> {
  return new Set([g.name, ...g.aliases].map(nameKey));
}
