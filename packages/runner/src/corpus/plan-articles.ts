import { sha256 } from '@newsfacts/evidence';
import { buildSource, sourceIdFor } from '@newsfacts/normalize';
import type { Source } from '@newsfacts/schemas';
import type { Article } from '../pipeline/articles.js';
import type { CorpusStats } from './corpus-stats.js';
import { englishCheck } from './detect-english.js';
import { minhash, NearDuplicateIndex } from './near-duplicates.js';
import { type Shard, shardOf } from './shard.js';

/** What planning needs to know of a text besides its hash: the same wherever it is computed (a worker). */
export interface TextFacts {
  english: boolean;
  /** Share of English stop words (for the message of a skipped article). */
  ratio: number;
  /** MinHash signature, for English texts only. */
  signature: Uint32Array | null;
}

export function textFacts(text: string): TextFacts {
  const { english, ratio } = englishCheck(text);
  return { english, ratio, signature: english ? minhash(text) : null };
}

/** An article as it is read: numbered, hashed, and whether a text read before was the same. */
export interface Admitted {
  seq: number;
  article: Article;
  textSha256: string;
  /** An earlier article had the same text: its plan follows from that one's, no facts needed. */
  copy: boolean;
  /** Whether this shard processes it (every shard plans every article). */
  mine: boolean;
}

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
/** In `first`: a text read but not decided yet, and a text that is not English. */
const PENDING = '';
const NOT_ENGLISH = null;

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

const notEnglish = (ratio: number) => `not English (stop-word ratio ${ratio.toFixed(2)})`;

/**
 * Corpus hygiene over a stream of articles: non-English texts are skipped, identical and near-identical
 * texts become duplicates of their first copy; with a shard, only that shard's plans are kept. Two steps,
 * so the per-text work (English check, MinHash) can run in workers while articles are in flight:
 * `admit` each article as it is read, then `decide` each, in input order, with its text's facts.
 * Keeps per article a hash, a 256-byte signature and a few index entries (see docs/scale.md).
 */
export class CorpusPlanner {
  /** Text hash → id of the first copy, PENDING until decided, NOT_ENGLISH. */
  private readonly first = new Map<string, string | null>();
  private readonly near = new NearDuplicateIndex();
  private seq = 0;

  constructor(
    private readonly stats: CorpusStats,
    private readonly shard?: Shard,
  ) {}

  admit(article: Article): Admitted {
    const textSha256 = sha256(article.text);
    const copy = this.first.has(textSha256);
    if (!copy) this.first.set(textSha256, PENDING);
    const mine = !this.shard || shardOf(textSha256, this.shard.count) === this.shard.index;
    return { seq: this.seq++, article, textSha256, copy, mine };
  }

  /**
   * The plan of the next admitted article (in input order), null when it is another shard's; `facts`
   * are those of its text (not needed for a copy).
   */
  decide(a: Admitted, facts: TextFacts | null): Plan | null {
    const plan = a.copy ? this.decideCopy(a) : this.decideFirst(a, facts);
    this.stats.articles++;
    if (!a.mine) return null;
    this.stats.inShard++;
    return plan;
  }

  private decideCopy(a: Admitted): Plan {
    const base = { seq: a.seq, article: a.article, textSha256: a.textSha256 };
    const first = this.first.get(a.textSha256);
    if (first === PENDING || first === undefined) throw new Error('bug: a copy decided before its first');
    if (first === NOT_ENGLISH) {
      this.stats.nonEnglish++;
      return { ...base, kind: 'skipped', reason: notEnglish(englishCheck(a.article.text).ratio) };
    }
    this.stats.duplicates++;
    return { ...base, kind: 'duplicate', source: duplicateSource(a.article, first, false, 1) };
  }

  private decideFirst(a: Admitted, facts: TextFacts | null): Plan {
    const base = { seq: a.seq, article: a.article, textSha256: a.textSha256 };
    const f = facts ?? textFacts(a.article.text);
    if (!f.english || !f.signature) {
      this.first.set(a.textSha256, NOT_ENGLISH);
      this.stats.nonEnglish++;
      return { ...base, kind: 'skipped', reason: notEnglish(f.ratio) };
    }
    const id = a.article.meta.id ?? sourceIdFor(a.textSha256);
    const match = this.near.match(f.signature);
    this.first.set(a.textSha256, match ? match.id : id);
    if (match) {
      this.stats.nearDuplicates++;
      return {
        ...base,
        kind: 'duplicate',
        source: duplicateSource(a.article, match.id, true, match.similarity),
      };
    }
    this.near.add(id, f.signature);
    return { ...base, kind: 'process' };
  }
}
