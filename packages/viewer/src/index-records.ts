import type { EntityRow, EventRow } from '@newsfacts/schemas';
import type { ReleaseTables } from './types.js';

/** Lookups by id over the tables of a release. */
export interface RecordIndex {
  entities: Map<string, EntityRow>;
  events: Map<string, EventRow>;
}

export function indexRecords(tables: ReleaseTables): RecordIndex {
  return {
    entities: new Map(tables.entities.map((row) => [row.id, row])),
    events: new Map(tables.events.map((row) => [row.id, row])),
  };
}

/** Name of an entity id, or the id itself when the entity is missing; `~description` stays a description. */
export function entityName(index: RecordIndex, id: string): string {
  if (id.startsWith('~')) return id.slice(1);
  return index.entities.get(id)?.name ?? id;
}
