#!/usr/bin/env node
/**
 * What a worker thread costs to start: CPU of a process whose one worker loads an article-worker entry
 * and runs the first k articles of a corpus (batches of 4, as the pool sends them), for two or more
 * entries alternated, each run in a fresh process (docs/scale.md, "Worker compilation, session 22"):
 *
 *   node packages/bench/scripts/worker-startup.mjs <articles.jsonl> <k> <reps> <entry> <entry> …
 *
 * An entry is a worker file: packages/runner/dist/article-worker.cjs (the bundle) or
 * packages/runner/dist/corpus/article-worker.js (the modules). Prints each entry's median and range of
 * process CPU, time to the first article and wall time, in ms.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

function child(corpus, k, entry) {
  const tasks = readFileSync(corpus, 'utf8')
    .split('\n', k)
    .map((line) => {
      const a = JSON.parse(line);
      const meta = { id: a.id, published: a.published ?? null, outlet: a.outlet ?? null, license: 'CC0-1.0' };
      return { text: a.text, meta, cacheDir: null, cacheKey: '', encode: true, facts: true, process: true };
    });
  const t0 = performance.now();
  const w = new Worker(resolve(entry), { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  let sent = 0;
  let first = 0;
  const send = () => {
    if (sent >= tasks.length) {
      w.terminate().then(() => {
        const u = process.cpuUsage();
        console.log(JSON.stringify({ cpu: (u.user + u.system) / 1000, first, wall: performance.now() - t0 }));
      });
      return;
    }
    w.postMessage(tasks.slice(sent, sent + 4));
    sent += 4;
  };
  w.on('message', (replies) => {
    if (!replies[0]?.ok) throw new Error(`worker: ${JSON.stringify(replies[0])}`);
    first ||= performance.now() - t0;
    send();
  });
  w.on('online', send);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--child') child(rest[0], Number(rest[1]), rest[2]);
else {
  const [k, reps, ...entries] = rest;
  if (!mode || !Number(k) || !Number(reps) || entries.length === 0) {
    console.error('usage: worker-startup.mjs <articles.jsonl> <k ≥ 1> <reps> <entry> [<entry> …]');
    process.exit(2);
  }
  const runs = new Map(entries.map((e) => [e, []]));
  for (let r = 0; r < Number(reps); r++)
    for (const e of r % 2 ? [...entries].reverse() : entries) {
      const self = fileURLToPath(import.meta.url);
      const p = spawnSync(process.execPath, [self, '--child', mode, k, e], { encoding: 'utf8' });
      if (p.status !== 0) throw new Error(p.stderr);
      runs.get(e).push(JSON.parse(p.stdout));
    }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [e, rs] of runs) {
    const fig = (key) => {
      const xs = rs.map((x) => x[key]);
      return `${key} ${median(xs).toFixed(0)} [${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`;
    };
    console.log(`${e}, ${k} articles: ${fig('cpu')}, ${fig('first')}, ${fig('wall')} ms`);
  }
}
