import type { Pipeline } from '../pipeline/annotator.js';

/** A language the extractor can read: its BCP 47 code and the annotators that read it, in order. */
export interface Language {
  readonly code: string;
  readonly pipeline: Pipeline;
}
