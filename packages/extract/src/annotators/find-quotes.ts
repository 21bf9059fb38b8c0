import { defineAnnotator } from '../pipeline/annotator.js';
import { extractQuotes } from '../quote/extract-quotes.js';

/** Direct, block and indirect quotes with their speakers and cues. */
export const findQuotes = defineAnnotator({
  name: 'find-quotes',
  needs: ['segments', 'entities', 'mentionIndex'],
  adds: ['quotes'],
  run: (doc) => ({
    quotes: extractQuotes(
      { source: doc.source, cp: doc.cp, doc: doc.segments },
      doc.mentionIndex,
      doc.entities.idOf,
    ),
  }),
});
