import type { ArticleRows } from '@newsfacts/publish';
import type { Source } from '@newsfacts/schemas';

/**
 * One article's result, in input order (`seq`): an extraction document (JSON text, parsed only when
 * merged), a duplicate kept as a source linked to its first copy, or an article skipped with a reason.
 * A shard's partial result is these entries as JSON Lines (without `rows`: the validated release rows
 * a worker encodes for a streamed release, derived from the document).
 */
export type CorpusEntry =
  | { seq: number; kind: 'document'; label: string; text: string; json: string; rows?: ArticleRows | null }
  | { seq: number; kind: 'duplicate'; label: string; text: string; source: Source }
  | { seq: number; kind: 'skipped'; label: string; reason: string };
