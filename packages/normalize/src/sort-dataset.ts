import { compareSpans, compareStrings } from '@newsfacts/evidence';
import type { Dataset, Entity } from '@newsfacts/schemas';

/** An entity's canonical form: aliases unique, sorted and without its name; mentions in text order. */
export function sortEntity(e: Entity): Entity {
  return {
    ...e,
    aliases: [...new Set(e.aliases)].filter((a) => a !== e.name).sort(compareStrings),
    mentions: [...e.mentions].sort(
      (a, b) => compareSpans(a.evidence, b.evidence) || compareStrings(a.id, b.id),
    ),
  };
}

/** The canonical order of every list in a dataset, so equal content gives equal bytes. */
export function sortDataset(d: Dataset): Dataset {
  return {
    sources: [...d.sources].sort((a, b) => compareStrings(a.id, b.id)),
    entities: d.entities.map(sortEntity).sort((a, b) => compareStrings(a.id, b.id)),
    quotes: [...d.quotes].sort((a, b) => compareSpans(a.evidence, b.evidence) || compareStrings(a.id, b.id)),
    events: d.events
      .map((v) => ({ ...v, evidence: [...v.evidence].sort(compareSpans) }))
      .sort((a, b) => compareSpans(a.evidence[0]!, b.evidence[0]!) || compareStrings(a.id, b.id)),
    relations: [...d.relations].sort((a, b) => compareStrings(a.id, b.id)),
    redirects: [...d.redirects].sort(
      (a, b) => compareStrings(a.old_id, b.old_id) || compareStrings(a.new_id, b.new_id),
    ),
  };
}
