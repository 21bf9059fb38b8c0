import { type GeneratedArticle, generateArticle, generateForeignArticle } from './generate-article.js';
import { mulberry32 } from './random.js';
import { OUTLETS } from './vocabulary.js';

export interface CorpusOptions {
  seed: number;
  count: number;
  /** Exact syndicated copies (same text, another outlet). */
  duplicates?: number;
  /** Near-identical copies (outlet in the dateline changed, a credit line added). */
  nearDuplicates?: number;
  /** Non-English articles. */
  foreign?: number;
}

type Kind = 'original' | 'duplicate' | 'near' | 'foreign';

/** Each article has its own seed, so article i is the same whatever the corpus size. */
const seedOf = (seed: number, i: number) =>
  (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(i, 0xc2b2ae35)) >>> 0;
const idOf = (i: number) => `a${String(i).padStart(7, '0')}`;

/** Special articles sit at evenly spaced positions, in a fixed rotation of kinds. */
function planKinds(o: CorpusOptions): Map<number, Kind> {
  const kinds: Kind[] = [];
  const counts = { duplicate: o.duplicates ?? 0, near: o.nearDuplicates ?? 0, foreign: o.foreign ?? 0 };
  while (counts.duplicate + counts.near + counts.foreign > 0) {
    for (const k of ['duplicate', 'near', 'foreign'] as const) {
      if (counts[k] > 0) {
        kinds.push(k);
        counts[k]--;
      }
    }
  }
  const plan = new Map<number, Kind>();
  kinds.forEach((k, n) => {
    plan.set(Math.max(1, Math.floor(((n + 1) * o.count) / (kinds.length + 1))), k);
  });
  return plan;
}

function copyOf(original: GeneratedArticle, id: string, i: number, near: boolean): GeneratedArticle {
  const outlet =
    OUTLETS[(OUTLETS.indexOf(original.outlet) + 1 + (i % (OUTLETS.length - 1))) % OUTLETS.length]!;
  const text = near
    ? `${original.text.replace(`(${original.outlet})`, `(${outlet})`)}(Additional reporting by ${outlet} staff.)\n`
    : original.text;
  return { ...original, id, text, outlet };
}

/** A corpus of news-like articles, streamed: deterministic from the seed, no Math.random. */
export function* generateCorpus(o: CorpusOptions): Generator<GeneratedArticle> {
  const plan = planKinds(o);
  const original = (i: number) => generateArticle(mulberry32(seedOf(o.seed, i)), idOf(i));
  for (let i = 0; i < o.count; i++) {
    const kind = plan.get(i) ?? 'original';
    if (kind === 'original') yield original(i);
    else if (kind === 'foreign') yield generateForeignArticle(mulberry32(seedOf(o.seed, i)), idOf(i));
    else {
      let j = i - 1;
      while (plan.has(j) && j > 0) j--;
      yield copyOf(original(j), idOf(i), i, kind === 'near');
    }
  }
}
