import { compareStrings } from '@newsfacts/evidence';
import type { Dataset, Entity, ExtractionDocument } from '@newsfacts/schemas';
import { sortDataset } from './sort-dataset.js';

interface EntityAcc {
  entity: Entity;
  /** Source that gave the record's provenance: the smallest source id, so the result is order-free. */
  from: string;
  names: Map<string, number>;
}

/**
 * Cross-article resolution: entities with the same stable id (same QID, or same type and name) become
 * one record; everything else is keyed by source already. Adding documents in any order gives the same
 * dataset.
 */
export class DatasetMerger {
  private readonly entities = new Map<string, EntityAcc>();
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
    for (const e of doc.entities) {
      const acc = this.entities.get(e.id);
      if (!acc) {
        this.entities.set(e.id, {
          entity: { ...e, aliases: [...e.aliases], mentions: [...e.mentions] },
          from: doc.source.id,
          names: new Map([[e.name, e.mentions.length]]),
        });
        continue;
      }
      const target = acc.entity;
      target.mentions.push(...e.mentions);
      target.aliases = [...new Set([...target.aliases, ...e.aliases, e.name])];
      acc.names.set(e.name, (acc.names.get(e.name) ?? 0) + e.mentions.length);
      if (compareStrings(doc.source.id, acc.from) < 0) {
        acc.from = doc.source.id;
        target.provenance = e.provenance;
        target.type = e.type;
      }
    }
  }

  build(): Dataset {
    const entities = [...this.entities.values()].map(({ entity, names }) => {
      // The name used most often wins; ties go to code-unit order.
      const name = [...names].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]![0];
      return { ...entity, name, aliases: [...entity.aliases, entity.name] };
    });
    return sortDataset({ ...this.parts, entities });
  }
}

export function mergeDocuments(docs: Iterable<ExtractionDocument>): Dataset {
  const merger = new DatasetMerger();
  for (const d of docs) merger.add(d);
  return merger.build();
}
