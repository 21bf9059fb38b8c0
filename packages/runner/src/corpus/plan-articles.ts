import { sha256 } from '@newsfacts/evidence';
import { buildSource, sourceIdFor } from '@newsfacts/normalize';
import type { Source } from '@newsfacts/schemas';
import type { Article } from '../pipeline/articles.js';
import type { CorpusStats } from './corpus-stats.js';
import { englishRatio, isEnglish } from './detect-english.js';
import { minhash, NearDuplicateIndex } from './near-duplicates.js';
import { type Shard, shardOf } from './shard.js';

interface Planned {
  seq: number;
  article: Article;
  textSha256: string;
}

/** What to do with one article, decided from everything read before it (so every shard decides alike). */
export type Plan =
  | (Planned & { kind: 'process' })
  | (Planned & { kind: 'duplicate'; source: Source })
  | (Planned & { kind: 'skipped'; reason: string });

const RULE_MAX = 200;

/** The duplicate's own source record, its provenance naming the copy it repeats. */
function duplicateSource(a: Article, of: string, near: boolean, similarity: number): Source {
  const source = buildSource(a.meta, a.text);
  const rule = `hygiene/${near ? 'near-duplicate' : 'duplicate'}-of:${of}`;
  source.provenance = {
    ...source.provenance,
    rule: rule.length <= RULE_MAX ? rule : `hygiene/${near ? 'near-duplicate' : 'duplicate'}`,
    confidence: similarity,
  };
  return source;
}

/**
 * Corpus hygiene over a stream of articles: non-English texts are skipped, identical and near-identical
 * texts become duplicates of their first copy; with a shard, only that shard's plans are yielded.
 * Keeps per article a hash, a 256-byte signature and a few index entries (see docs/scale.md).
 */
export function* planArticles(
  articles: Iterable<Article>,
  stats: CorpusStats,
  shard?: Shard,
): Generator<Plan> {
  const firstByText = new Map<string, string>();
  const near = new NearDuplicateIndex();
  let seq = 0;
  for (const article of articles) {
    const textSha256 = sha256(article.text);
    const base = { seq: seq++, article, textSha256 };
    stats.articles++;
    let plan: Plan;
    const id = article.meta.id ?? sourceIdFor(textSha256);
    const first = firstByText.get(textSha256);
    if (!isEnglish(article.text)) {
      stats.nonEnglish++;
      const { ratio } = englishRatio(article.text);
      plan = { ...base, kind: 'skipped', reason: `not English (stop-word ratio ${ratio.toFixed(2)})` };
    } else if (first !== undefined) {
      stats.duplicates++;
      plan = { ...base, kind: 'duplicate', source: duplicateSource(article, first, false, 1) };
    } else {
      const sig = minhash(article.text);
      const match = near.match(sig);
      firstByText.set(textSha256, match ? match.id : id);
      if (match) {
        stats.nearDuplicates++;
        plan = {
          ...base,
          kind: 'duplicate',
          source: duplicateSource(article, match.id, true, match.similarity),
        };
      } else {
        near.add(id, sig);
        plan = { ...base, kind: 'process' };
      }
    }
    if (shard && shardOf(textSha256, shard.count) !== shard.index) continue;
    stats.inShard++;
    yield plan;
  }
}
