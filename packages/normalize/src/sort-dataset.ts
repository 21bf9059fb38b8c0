import { compareSpans, compareStrings, isSorted } from '@newsfacts/evidence';
import type { Dataset, Entity } from '@newsfacts/schemas';

/** A sorted copy of `list`; a list already in order (documents usually are) is only copied. */
function sortedCopy<T>(list: readonly T[], compare: (a: T, b: T) => number): T[] {
  return isSorted(list, compare) ? list.slice() : [...list].sort(compare);
}

/** `list`, a new array, sorted in place unless it already is in order. */
function sortNew<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  return isSorted(list, compare) ? list : list.sort(compare);
}

/** Strictly increasing (so unique) and without the name: already what `canonicalAliases` makes. */
function isCanonical(aliases: readonly string[], name: string): boolean {
  for (let i = 0; i < aliases.length; i++)
    if (aliases[i] === name || (i > 0 && compareStrings(aliases[i - 1]!, aliases[i]!) >= 0)) return false;
  return true;
}

function canonicalAliases(e: Entity): string[] {
  if (isCanonical(e.aliases, e.name)) return e.aliases.slice();
  return [...new Set(e.aliases)].filter((a) => a !== e.name).sort(compareStrings);
}

const byEvidenceThenId = (a: Entity['mentions'][number], b: Entity['mentions'][number]) =>
  compareSpans(a.evidence, b.evidence) || compareStrings(a.id, b.id);

/** An entity's canonical form: aliases unique, sorted and without its name; mentions in text order. */
export function sortEntity(e: Entity): Entity {
  return { ...e, aliases: canonicalAliases(e), mentions: sortedCopy(e.mentions, byEvidenceThenId) };
}

/** The canonical order of every list in a dataset, so equal content gives equal bytes. */
export function sortDataset(d: Dataset): Dataset {
  return {
    sources: sortedCopy(d.sources, (a, b) => compareStrings(a.id, b.id)),
    entities: sortNew(d.entities.map(sortEntity), (a, b) => compareStrings(a.id, b.id)),
    quotes: sortedCopy(
      d.quotes,
      (a, b) => compareSpans(a.evidence, b.evidence) || compareStrings(a.id, b.id),
    ),
    events: sortNew(
      d.events.map((v) => ({ ...v, evidence: sortedCopy(v.evidence, compareSpans) })),
      (a, b) => compareSpans(a.evidence[0]!, b.evidence[0]!) || compareStrings(a.id, b.id),
    ),
    relations: sortedCopy(d.relations, (a, b) => compareStrings(a.id, b.id)),
    redirects: sortedCopy(
      d.redirects,
      (a, b) => compareStrings(a.old_id, b.old_id) || compareStrings(a.new_id, b.new_id),
    ),
  };
}
