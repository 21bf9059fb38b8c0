import { parentPort, workerData } from 'node:worker_threads';
import { type ArticleTask, runArticleTask } from '@newsfacts/runner/article-task';
import { generateCorpus } from './generate-corpus.js';
import type { ScalingShare } from './measure-scaling.js';

/**
 * One thread or process of the scaling measurement: the per-article task of a streamed `newsfacts run`
 * (English check, MinHash, extract, normalize, validate, encode rows; no cache), on its share of the
 * generated articles after a warm-up on the first ones. It answers "ready", then, when told to go,
 * how long its share took and how many articles it processed.
 */
function tasks(seed: number, count: number): ArticleTask[] {
  return [...generateCorpus({ seed, count })].map((a) => ({
    text: a.text,
    meta: { id: a.id, title: a.title, outlet: a.outlet, published: a.published, license: 'CC0-1.0' },
    cacheDir: null,
    cacheKey: a.id,
    encode: true,
    facts: true,
    process: true,
  }));
}

const share: ScalingShare = workerData ?? JSON.parse(process.argv[2] ?? '{}');
const all = tasks(share.seed, share.to);
for (let i = 0; i < share.warm; i++) runArticleTask(all[i]!);
const send = (m: unknown) => (parentPort ? parentPort.postMessage(m) : process.send?.(m));
const go = () => {
  const t = performance.now();
  let processed = 0;
  for (let i = share.from; i < share.to; i++) if (runArticleTask(all[i]!).result) processed++;
  send({ ms: performance.now() - t, processed });
};
if (parentPort) parentPort.once('message', go);
else process.once('message', go);
send('ready');
