import type { Entity, Event, EventRelation, Quote, RedirectRow, Source } from './generated/types.js';

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
