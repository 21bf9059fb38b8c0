import { extractEntities } from '../entity/extract-entities.js';
import { MentionIndex } from '../entity/mention-index.js';
import { defineAnnotator } from '../pipeline/annotator.js';

/** Named people, organizations and places, grouped into entities, and a token → mention lookup. */
export const findEntities = defineAnnotator({
  name: 'find-entities',
  needs: ['segments'],
  adds: ['entities', 'mentionIndex'],
  run: (doc) => {
    const entities = extractEntities({ source: doc.source, cp: doc.cp, doc: doc.segments });
    return { entities, mentionIndex: new MentionIndex(doc.segments, entities.mentions) };
  },
});
