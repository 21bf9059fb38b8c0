/** What a corpus run did with its articles (printed with --json, checked by the incremental tests). */
export interface CorpusStats {
  /** Articles read (every shard reads them all). */
  articles: number;
  /** Articles of this shard (all of them without --shard). */
  inShard: number;
  /** Extracted now (cache misses). */
  processed: number;
  /** Taken from the per-article cache. */
  cacheHits: number;
  /** Identical texts seen before: linked to the first copy, not processed. */
  duplicates: number;
  /** Near-identical texts (MinHash Jaccard ≥ 0.9): linked to the first copy, not processed. */
  nearDuplicates: number;
  /** Reported on stderr and skipped. */
  nonEnglish: number;
}

export const emptyStats = (): CorpusStats => ({
  articles: 0,
  inShard: 0,
  processed: 0,
  cacheHits: 0,
  duplicates: 0,
  nearDuplicates: 0,
  nonEnglish: 0,
});
