import type {
  Entity,
  EntityRow,
  Event,
  EventEvidenceRow,
  EventParticipantRow,
  EventRelation,
  EventRelationRow,
  EventRow,
  MentionRow,
  Quote,
  QuoteRow,
  RedirectRow,
  Source,
  SourceRow,
} from './generated/types.js';

/** The records of one dataset in memory, nested as in the record schemas (what a release holds). */
export interface Dataset {
  sources: Source[];
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  relations: EventRelation[];
  /** Ids retired by a merge or split, with their successors. */
  redirects: RedirectRow[];
}

/** Source id → the exact text all offsets of that source refer to. */
export type Texts = ReadonlyMap<string, string>;

/** The published tables of one release, as rows (one property per table of TABLE_NAMES). */
export interface Tables {
  sources: SourceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  quotes: QuoteRow[];
  events: EventRow[];
  event_evidence: EventEvidenceRow[];
  event_participants: EventParticipantRow[];
  event_relations: EventRelationRow[];
  redirects: RedirectRow[];
}
