import { nameKey } from '@newsfacts/evidence';
import type { Entity } from '@newsfacts/schemas';
import type { GoldEntity } from './gold.js';
import { entityKeys, matchEntities, type SameIdentity } from './match-entities.js';

/** An entity on one side only; `otherType` is set when the same name is on the other side with another type. */
export interface EntityError {
  article: string;
  name: string;
  type: Entity['type'];
  otherType: Entity['type'] | null;
}

/** False positives (extracted, not in gold) and false negatives (gold, not extracted) of one article. */
export interface EntityErrors {
  falsePositives: EntityError[];
  falseNegatives: EntityError[];
}

export function listEntityErrors(
  article: string,
  predicted: readonly Entity[],
  gold: readonly GoldEntity[],
  sameIdentity?: SameIdentity,
): EntityErrors {
  const pairs = matchEntities(predicted, gold, sameIdentity);
  const usedP = new Set(pairs.map(([p]) => p));
  const usedG = new Set(pairs.map(([, g]) => g));
  const goldKeys = gold.map(entityKeys);
  const falsePositives = predicted.flatMap((e, i) => {
    if (usedP.has(i)) return [];
    const other = gold.find((g, j) => g.type !== e.type && goldKeys[j]!.has(nameKey(e.name)));
    return [{ article, name: e.name, type: e.type, otherType: other?.type ?? null }];
  });
  const falseNegatives = gold.flatMap((g, j) => {
    if (usedG.has(j)) return [];
    const other = predicted.find((e) => e.type !== g.type && goldKeys[j]!.has(nameKey(e.name)));
    return [{ article, name: g.name, type: g.type, otherType: other?.type ?? null }];
  });
  return { falsePositives, falseNegatives };
}
