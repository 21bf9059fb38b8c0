import { compareStrings } from '@newsfacts/evidence';
import type { Dataset, Entity, ExtractionDocument } from '@newsfacts/schemas';
import { sortDataset, sortEntity } from './sort-dataset.js';

interface EntityAcc {
  entity: Entity;
  /** Source that gave the record's provenance: the smallest source id, so the result is order-free. */
  from: string;
  names: Map<string, number>;
  mentionCount: number;
}

/** A merged entity and its number of mentions (kept or not). */
export interface TalliedEntity {
  entity: Entity;
  mentionCount: number;
}

/**
 * Cross-article entity resolution: entities with the same stable id (same QID, or same type and name)
 * become one record whose name is the one used most often. With `keepMentions: false` only the count
 * of mentions is kept, so memory grows with distinct entities only (the streaming release writer).
 * Adding documents in any order gives the same entities.
 */
export class EntityTally {
  private readonly entities = new Map<string, EntityAcc>();

  constructor(private readonly keepMentions: boolean) {}

  get size(): number {
    return this.entities.size;
  }

  /** Adds one article's entity; `count` is its number of mentions when they were left out. */
  add(sourceId: string, e: Entity, count = e.mentions.length): void {
    const acc = this.entities.get(e.id);
    if (!acc) {
      this.entities.set(e.id, {
        entity: { ...e, aliases: [...e.aliases], mentions: this.keepMentions ? [...e.mentions] : [] },
        from: sourceId,
        names: new Map([[e.name, count]]),
        mentionCount: count,
      });
      return;
    }
    const target = acc.entity;
    if (this.keepMentions) target.mentions.push(...e.mentions);
    acc.mentionCount += count;
    target.aliases = [...new Set([...target.aliases, ...e.aliases, e.name])];
    acc.names.set(e.name, (acc.names.get(e.name) ?? 0) + count);
    if (compareStrings(sourceId, acc.from) < 0) {
      acc.from = sourceId;
      target.provenance = e.provenance;
      target.type = e.type;
    }
  }

  /** Merged entities in canonical form (aliases and mentions sorted), sorted by id. */
  build(): TalliedEntity[] {
    return [...this.entities.values()]
      .map(({ entity, names, mentionCount }) => {
        // The name used most often wins; ties go to code-unit order.
        const name = [...names].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]![0];
        return {
          entity: sortEntity({ ...entity, name, aliases: [...entity.aliases, entity.name] }),
          mentionCount,
        };
      })
      .sort((a, b) => compareStrings(a.entity.id, b.entity.id));
  }
}

/**
 * Cross-article resolution: entities with the same stable id (same QID, or same type and name) become
 * one record; everything else is keyed by source already. Adding documents in any order gives the same
 * dataset.
 */
export class DatasetMerger {
  private readonly entities = new EntityTally(true);
  private readonly parts: Omit<Dataset, 'entities'> = {
    sources: [],
    quotes: [],
    events: [],
    relations: [],
    redirects: [],
  };

  add(doc: ExtractionDocument): void {
    this.parts.sources.push(doc.source);
    this.parts.quotes.push(...doc.quotes);
    this.parts.events.push(...doc.events);
    this.parts.relations.push(...doc.relations);
    for (const e of doc.entities) this.entities.add(doc.source.id, e);
  }

  build(): Dataset {
    return sortDataset({ ...this.parts, entities: this.entities.build().map((t) => t.entity) });
  }
}

export function mergeDocuments(docs: Iterable<ExtractionDocument>): Dataset {
  const merger = new DatasetMerger();
  for (const d of docs) merger.add(d);
  return merger.build();
}
