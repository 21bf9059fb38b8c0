import type { Dataset, Entity, ExtractionDocument, Texts } from '@newsfacts/schemas';
import { documentsOf } from '../documents-of.js';
import type { TalliedEntity } from '../merge-documents.js';
import { sortDataset } from '../sort-dataset.js';
import { type CurationFile, runEntries } from './apply-curation.js';
import { CurationContext, type CurationProblem } from './context.js';
import { type Retarget, retargetEvent, retargetQuote } from './retarget.js';

/** An article a streamed run held for curation (CurationPlan said `hold`). */
export interface HeldArticle {
  doc: ExtractionDocument;
  text: string;
}

export interface HeldCuration {
  problems: CurationProblem[];
  /** The held articles curated, with every entity (each with the held articles' mentions only). */
  dataset: Dataset;
  texts: Texts;
  /** Each held source's curated document, in source-id order. */
  documents: ExtractionDocument[];
  /** The curated entity table, each entity with its mention count over the whole corpus. */
  entities: TalliedEntity[];
  /** The entity retargets, in order, to replay on the articles not held (replayRetargets). */
  retargets: Retarget[];
}

/**
 * Curation of a streamed corpus, run once every article was seen: the same entries over the held
 * articles and the whole entity table (the tally, with the held articles' mentions and a count of the
 * others), by the same code as applyCuration. What it does to the other articles is the replay of its
 * entity retargets.
 */
export function curateHeld(
  files: readonly CurationFile[],
  tallied: readonly TalliedEntity[],
  held: readonly HeldArticle[],
): HeldCuration {
  const table = new Map(
    tallied.map((t) => [t.entity.id, { ...t.entity, mentions: [] as Entity['mentions'] }]),
  );
  const texts = new Map<string, string>();
  const parts: Omit<Dataset, 'entities'> = {
    sources: [],
    quotes: [],
    events: [],
    relations: [],
    redirects: [],
  };
  for (const { doc, text } of held) {
    texts.set(doc.source.id, text);
    parts.sources.push(doc.source);
    parts.quotes.push(...doc.quotes);
    parts.events.push(...doc.events);
    parts.relations.push(...doc.relations);
    for (const e of doc.entities) {
      const t = table.get(e.id);
      if (!t) throw new Error(`bug: held entity ${e.id} was not tallied`);
      t.mentions.push(...e.mentions);
    }
  }
  const elsewhere = new Map(
    tallied.map((t) => [t.entity.id, t.mentionCount - table.get(t.entity.id)!.mentions.length]),
  );
  const ctx = new CurationContext(sortDataset({ ...parts, entities: [...table.values()] }), texts, elsewhere);
  runEntries(ctx, files);
  const counts = new Map(
    [...ctx.entities.values()].map((e) => [e.id, e.mentions.length + ctx.mentionsElsewhere(e)]),
  );
  const dataset = sortDataset(ctx.result());
  return {
    problems: ctx.problems,
    dataset,
    texts,
    documents: documentsOf(dataset),
    entities: dataset.entities.map((e) => ({ entity: e, mentionCount: counts.get(e.id)! })),
    retargets: ctx.retargets,
  };
}

/**
 * An article not held, as curation leaves it: every entity retarget replayed in order on its
 * references and on its mentions (which follow their entity), exactly as applyCuration's context
 * applies them to every record.
 */
export function replayRetargets(doc: ExtractionDocument, retargets: readonly Retarget[]): ExtractionDocument {
  if (retargets.length === 0) return doc;
  const d = structuredClone(doc);
  for (const [from, to] of retargets) {
    for (const q of d.quotes) retargetQuote(q, from, to);
    for (const v of d.events) retargetEvent(v, from, to);
  }
  // an entity's mentions follow it; two of the article's entities may now be one
  const entities = new Map<string, Entity>();
  for (const e of d.entities) {
    let id: string | null = e.id;
    for (const [from, to] of retargets) if (id === from) id = to;
    if (id === null) continue;
    const same = entities.get(id);
    if (same) same.mentions.push(...e.mentions);
    else entities.set(id, { ...e, id });
  }
  d.entities = [...entities.values()];
  return d;
}
