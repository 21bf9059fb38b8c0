import type { Entity, Event, EventRelation, Quote } from '@newsfacts/schemas';

/** What extraction gives for one article: records with local ids, references between them. */
export interface Candidates {
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  relations: EventRelation[];
}
