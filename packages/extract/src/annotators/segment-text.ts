import { defineAnnotator } from '../pipeline/annotator.js';
import { segment } from '../text/segment.js';

/** Tokens and sentences of the text. */
export const segmentText = defineAnnotator({
  name: 'segment-text',
  needs: [],
  adds: ['segments'],
  run: (doc) => ({ segments: segment(doc.cp.text) }),
});
