import { compareSpans, compareStrings } from '@newsfacts/evidence';
import type { Entity } from '@newsfacts/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortEntity } from './sort-dataset.js';

/** The plain rule sortEntity implements (a sorted list is only copied there). */
function plainSortEntity(e: Entity): Entity {
  return {
    ...e,
    aliases: [...new Set(e.aliases)].filter((a) => a !== e.name).sort(compareStrings),
    mentions: [...e.mentions].sort(
      (a, b) => compareSpans(a.evidence, b.evidence) || compareStrings(a.id, b.id),
    ),
  };
}

const mention = (id: string, start: number) =>
  ({
    id,
    form: 'name',
    evidence: { source: 's', start, end: start + 2, exact: 'ab', prefix: '', suffix: '' },
  }) as Entity['mentions'][number];

describe('sortEntity', () => {
  it('gives what the plain rule gives, for lists in order or not, and new arrays', () => {
    const word = fc.constantFrom('Ana', 'Ana Ruiz', 'Ruiz', 'ruiz', '');
    const mentions = fc.array(fc.tuple(fc.constantFrom('m1', 'm2', 'm3'), fc.nat(5)), { maxLength: 5 });
    fc.assert(
      fc.property(
        word,
        fc.array(word, { maxLength: 5 }),
        fc.boolean(),
        mentions,
        (name, aliases, pre, ms) => {
          const list = pre ? [...new Set(aliases)].filter((a) => a !== name).sort(compareStrings) : aliases;
          const e = { name, aliases: list, mentions: ms.map(([id, at]) => mention(id, at)) } as Entity;
          const sorted = sortEntity(e);
          expect(sorted).toEqual(plainSortEntity(e));
          expect(sorted.aliases).not.toBe(e.aliases);
          expect(sorted.mentions).not.toBe(e.mentions);
        },
      ),
      { numRuns: 2000, seed: 20261207 },
    );
  });
});
