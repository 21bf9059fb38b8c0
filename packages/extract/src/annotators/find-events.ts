import type { Cluster } from '../entity/grouping/types.js';
import { extractEvents } from '../event/extract-events.js';
import { defineAnnotator } from '../pipeline/annotator.js';

/** Events with type, date, participants and modality, and the relations the text states between them. */
export const findEvents = defineAnnotator({
  name: 'find-events',
  needs: ['segments', 'entities', 'mentionIndex', 'quoteMarks', 'statements'],
  adds: ['events'],
  run: (doc) => {
    const { entities } = doc;
    const byCountry = new Map<string, Cluster>();
    for (const [cl, id] of entities.idOf) {
      const e = entities.entities[Number(id.slice(1)) - 1];
      if (e && cl.type === 'location') byCountry.set(e.name.toLowerCase(), cl);
    }
    const ctx = { source: doc.source, cp: doc.cp, doc: doc.segments };
    return {
      events: extractEvents(ctx, doc.mentionIndex, entities.idOf, {
        ...doc.quoteMarks,
        statements: doc.statements,
        countryCluster: (name) => byCountry.get(name),
      }),
    };
  },
});
