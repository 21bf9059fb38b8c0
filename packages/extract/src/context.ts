import type { CodePointText } from '@newsfacts/evidence';
import type { Source } from '@newsfacts/schemas';
import type { Doc } from './text/segment.js';

/** Everything the extractors of one article share: the source, its text and its segmentation. */
export interface ArticleContext {
  readonly source: Source;
  readonly cp: CodePointText;
  readonly doc: Doc;
}
