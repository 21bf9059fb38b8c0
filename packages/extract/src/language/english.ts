import { findEntities } from '../annotators/find-entities.js';
import { findEvents } from '../annotators/find-events.js';
import { findQuotes } from '../annotators/find-quotes.js';
import { markQuotes } from '../annotators/mark-quotes.js';
import { segmentText } from '../annotators/segment-text.js';
import { definePipeline } from '../pipeline/annotator.js';
import type { Language } from './language.js';

/** English, the one language shipped: its annotators in order (word lists: `data/`, loaded once). */
export const english: Language = {
  code: 'en',
  pipeline: definePipeline([segmentText, findEntities, findQuotes, markQuotes, findEvents]),
};
