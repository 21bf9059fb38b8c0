#!/usr/bin/env node
/**
 * CPU time per article of two builds of the per-article work, loaded side by side in one process and
 * alternated in batches (so the host's load falls on both alike):
 *
 *   node --single-threaded-gc packages/bench/scripts/ab-extraction.mjs <root A> <root B>
 *
 * Each root is a checkout with its packages built (`npx turbo run build`). 400 generated articles (seed 42),
 * the first 100 as warm-up, then batches of 50, four rounds, each round in the other order.
 */
const [ra, rb] = process.argv.slice(2);
if (!ra || !rb) {
  console.error('usage: ab-extraction.mjs <root A> <root B>');
  process.exit(2);
}
const { generateCorpus } = await import(`${ra}/packages/bench/dist/index.js`);
const A = await import(`${ra}/packages/runner/dist/pipeline/process-article.js`);
const B = await import(`${rb}/packages/runner/dist/pipeline/process-article.js`);
const articles = [...generateCorpus({ count: 400, seed: 42 })];
const run = (m, list) => {
  const t0 = process.cpuUsage();
  for (const a of list)
    m.processArticle({ text: a.text, meta: { id: 'x', published: '2025-01-01', outlet: null } });
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000 / list.length;
};
run(A, articles.slice(0, 100));
run(B, articles.slice(0, 100));
const a = [];
const b = [];
for (let r = 0; r < 4; r++)
  for (let i = 100; i < 400; i += 50) {
    const batch = articles.slice(i, i + 50);
    if (r % 2) {
      b.push(run(B, batch));
      a.push(run(A, batch));
    } else {
      a.push(run(A, batch));
      b.push(run(B, batch));
    }
  }
const mean = (x) => x.reduce((s, v) => s + v, 0) / x.length;
console.log(
  `A ${mean(a).toFixed(3)} ms/article, B ${mean(b).toFixed(3)} ms/article, B/A ${(mean(b) / mean(a)).toFixed(3)}`,
);
