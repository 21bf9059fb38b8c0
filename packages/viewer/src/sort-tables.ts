import { compareStrings } from './compare.js';
import type { ReleaseTables } from './types.js';

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => compareStrings(a.id, b.id));

/** The tables in primary-key order, so the page does not depend on the order rows were given in. */
export function sortTables(tables: ReleaseTables): ReleaseTables {
  return {
    sources: byId(tables.sources),
    entities: byId(tables.entities),
    mentions: byId(tables.mentions),
    quotes: byId(tables.quotes),
    events: byId(tables.events),
    event_evidence: [...tables.event_evidence].sort(
      (a, b) => compareStrings(a.event_id, b.event_id) || a.ordinal - b.ordinal,
    ),
    event_participants: [...tables.event_participants].sort(
      (a, b) =>
        compareStrings(a.event_id, b.event_id) ||
        compareStrings(a.entity_id, b.entity_id) ||
        compareStrings(a.role, b.role),
    ),
    event_relations: byId(tables.event_relations),
    redirects: [...tables.redirects].sort(
      (a, b) => compareStrings(a.old_id, b.old_id) || compareStrings(a.new_id, b.new_id),
    ),
  };
}
