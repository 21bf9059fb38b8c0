import { describe, expect, it } from 'vitest';
import { isEnglish } from './detect-english.js';
import { minhash, NearDuplicateIndex, similarity } from './near-duplicates.js';
import { orderedWindow } from './ordered-window.js';
import { parseShard, shardOf } from './shard.js';
import { WorkerPool } from './worker-pool.js';

const article = (n: number) =>
  Array.from(
    { length: 40 },
    (_, i) =>
      `Minister ${n} said on Monday that talks number ${i} with the union had gone well in the capital.`,
  ).join(' ');

describe('corpus hygiene', () => {
  it('tells English from French, Spanish and German', () => {
    expect(isEnglish(article(1))).toBe(true);
    expect(
      isEnglish(
        'Le gouvernement a annoncé mardi une série de mesures pour soutenir les entreprises touchées par la crise, selon le ministre, qui a précisé que les aides seront versées dans les prochaines semaines.',
      ),
    ).toBe(false);
    expect(isEnglish('Hola')).toBe(true); // too short to judge
  });

  it('finds a near-identical copy and not a different article', () => {
    const a = article(1);
    const copy = `${a.replace('Minister 1 said', 'Minister 1 told reporters')} (Additional reporting by staff.)`;
    expect(similarity(minhash(a), minhash(copy))).toBeGreaterThanOrEqual(0.9);
    const index = new NearDuplicateIndex();
    index.add('a', minhash(a));
    expect(index.match(minhash(copy))?.id).toBe('a');
    expect(
      index.match(minhash('A completely different story about rain and football in a small town.')),
    ).toBe(null);
  });

  it('shards by text hash, deterministically', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(() => parseShard('3/3')).toThrow(/k\/n/);
    expect(() => parseShard('x')).toThrow();
    expect(shardOf('ff'.repeat(32), 3)).toBe(shardOf('ff'.repeat(32), 3));
  });
});

describe('ordered results', () => {
  it('yields in source order whatever order promises settle in', async () => {
    const delays = [30, 1, 20, 5, 0];
    const source = delays.map((d, i) => new Promise<number>((r) => setTimeout(() => r(i), d)));
    const out: number[] = [];
    for await (const v of orderedWindow(source, 2)) out.push(v);
    expect(out).toEqual([0, 1, 2, 3, 4]);
  });

  it('runs a stand-in task in worker threads and keeps the order', async () => {
    const pool = new WorkerPool<number, number>(new URL('./fixtures/double-worker.mjs', import.meta.url), 2);
    try {
      const out: number[] = [];
      for await (const v of orderedWindow(
        Array.from({ length: 25 }, (_, i) => pool.run(i)),
        8,
      ))
        out.push(v);
      expect(out).toEqual(Array.from({ length: 25 }, (_, i) => i * 2));
      await expect(pool.run(-1)).rejects.toThrow(/negative -1/);
    } finally {
      await pool.close();
    }
  });
});
