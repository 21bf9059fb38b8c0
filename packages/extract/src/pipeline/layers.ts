import type { Quote } from '@newsfacts/schemas';
import type { EntityResult } from '../entity/extract-entities.js';
import type { MentionIndex } from '../entity/mention-index.js';
import type { EventResult } from '../event/extract-events.js';
import type { Statement } from '../event/find-events.js';
import type { Doc } from '../text/segment.js';

/** Per-token marks of what quotes cover, read by event finding (1 = covered). */
interface QuoteMarks {
  /** Inside a direct quote of four words or more. */
  readonly quoted: Uint8Array;
  /** Inside a direct quote of fewer words. */
  readonly shortQuoted: Uint8Array;
  /** Inside a block or indirect (reported) quote. */
  readonly reported: Uint8Array;
}

/** Every layer an annotator can add to a document, by name. */
export interface Layers {
  /** Tokens and sentences. */
  segments: Doc;
  /** Entity records, their mentions and the cluster → id map. */
  entities: EntityResult;
  /** Token → mention lookup. */
  mentionIndex: MentionIndex;
  quotes: Quote[];
  quoteMarks: QuoteMarks;
  /** Direct quotes with a speaker and a cue, as statements events can be attributed to. */
  statements: Statement[];
  events: EventResult;
}
