import type { ArticleRows } from '@newsfacts/publish';
import type { Source } from '@newsfacts/schemas';

/**
 * One article's result, in input order (`seq`): an extraction document (JSON text, parsed only when
 * merged), a duplicate kept as a source linked to its first copy, or an article skipped with a reason.
 * A shard's partial result is these entries as JSON Lines. For a streamed release a worker sends the
 * document's validated release rows instead of the document (`json` null).
 */
export type CorpusEntry =
  | ({ seq: number; kind: 'document'; label: string; text: string } & (
      | { json: string; rows?: null }
      | { json: null; rows: ArticleRows }
    ))
  | { seq: number; kind: 'duplicate'; label: string; text: string; source: Source }
  | { seq: number; kind: 'skipped'; label: string; reason: string };
