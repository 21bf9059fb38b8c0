import type {
  EntityRow,
  EventEvidenceRow,
  EventParticipantRow,
  EventRelationRow,
  EventRow,
  MentionRow,
  QuoteRow,
} from '@newsfacts/schemas';
import type { ReleaseTables } from './types.js';

/** Lookups by id over the tables of a release, built once so rendering stays linear in the release size. */
export interface RecordIndex {
  entities: Map<string, EntityRow>;
  events: Map<string, EventRow>;
  /** Participants of each event, in table order. */
  participants: Map<string, EventParticipantRow[]>;
  /** Relations touching each event (as either end), in table order. */
  relations: Map<string, EventRelationRow[]>;
  /** The highlighted rows of each source, in table order. */
  bySource: Map<string, { mentions: MentionRow[]; quotes: QuoteRow[]; evidence: EventEvidenceRow[] }>;
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexRecords(tables: ReleaseTables): RecordIndex {
  const participants = new Map<string, EventParticipantRow[]>();
  for (const p of tables.event_participants) append(participants, p.event_id, p);
  const relations = new Map<string, EventRelationRow[]>();
  for (const r of tables.event_relations) {
    append(relations, r.from_event_id, r);
    if (r.to_event_id !== r.from_event_id) append(relations, r.to_event_id, r);
  }
  const bySource: RecordIndex['bySource'] = new Map();
  const of = (id: string) => {
    let group = bySource.get(id);
    if (!group) {
      group = { mentions: [], quotes: [], evidence: [] };
      bySource.set(id, group);
    }
    return group;
  };
  for (const m of tables.mentions) of(m.source_id).mentions.push(m);
  for (const q of tables.quotes) of(q.source_id).quotes.push(q);
  for (const e of tables.event_evidence) of(e.source_id).evidence.push(e);
  return {
    bySource,
    entities: new Map(tables.entities.map((row) => [row.id, row])),
    events: new Map(tables.events.map((row) => [row.id, row])),
    participants,
    relations,
  };
}

/** Name of an entity id, or the id itself when the entity is missing; `~description` stays a description. */
export function entityName(index: RecordIndex, id: string): string {
  if (id.startsWith('~')) return id.slice(1);
  return index.entities.get(id)?.name ?? id;
}
