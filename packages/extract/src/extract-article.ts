import { indexCodePoints } from '@newsfacts/evidence';
import type { Entity, Event, EventRelation, Quote, Source } from '@newsfacts/schemas';
import { english } from './language/english.js';
import type { Language } from './language/language.js';
import { runPipeline } from './pipeline/annotator.js';

export interface Extraction {
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  relations: EventRelation[];
}

/**
 * Candidate entities, quotes, events and relations of one article, with local ids: the language's
 * annotators run in order over one annotated document. Pure and deterministic.
 */
export function extractArticle(source: Source, text: string, language: Language = english): Extraction {
  const doc = runPipeline(language.pipeline, { source, cp: indexCodePoints(text) });
  if (!doc.entities || !doc.quotes || !doc.events) {
    throw new Error(`language ${language.code}: its pipeline does not add entities, quotes and events`);
  }
  return {
    entities: doc.entities.entities,
    quotes: doc.quotes,
    events: doc.events.events,
    relations: doc.events.relations,
  };
}
