import { Worker } from 'node:worker_threads';
import type { CopyJob, CopyResult } from './copy-tables.js';
import {
  type PublishTask,
  type PublishTaskResult,
  rebuildError,
  runPublishTask,
  type TaskError,
} from './publish-task.js';

const url = new URL('./publish-worker.js', import.meta.url);

/**
 * Runs a publish task in a worker thread of its own, so the thread that ran the corpus stays free (its
 * CPU time per article is what docs/scale.md measures); the result is the same as running it here. From
 * the TypeScript sources (tests), where there is no built worker module, it runs in this thread.
 */
export function runInWorker<T extends PublishTask>(t: T): Promise<PublishTaskResult<T>> {
  if (!import.meta.url.endsWith('.js'))
    return new Promise((resolve) => resolve(runPublishTask(t) as PublishTaskResult<T>));
  return new Promise((resolve, reject) => {
    const w = new Worker(url);
    let settled = false;
    const done = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
      void w.terminate();
    };
    w.once('message', (m: { ok: true; value: unknown } | { ok: false; error: TaskError }) =>
      done(() => (m.ok ? resolve(m.value as PublishTaskResult<T>) : reject(rebuildError(m.error)))),
    );
    w.once('error', (e) => done(() => reject(e)));
    w.once('exit', (code) => done(() => reject(new Error(`publish worker exited with code ${code}`))));
    w.postMessage(t);
  });
}

/**
 * The texts and the tables of a copy job, in two workers at once (creating a file per text is mostly
 * kernel time, which the table copy need not wait for); both are done when it settles.
 */
export async function copyInWorkers(job: CopyJob): Promise<CopyResult> {
  const [texts, tables] = await Promise.allSettled([
    runInWorker({ task: 'texts', job: { staging: job.staging, texts: job.texts } }),
    runInWorker({
      task: 'copy',
      job: { ...job, texts: { spill: job.texts.spill, paths: [], ranges: new Float64Array(0) } },
    }),
  ]);
  if (texts.status === 'rejected') throw texts.reason;
  if (tables.status === 'rejected') throw tables.reason;
  return tables.value;
}
