import { Worker } from 'node:worker_threads';
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
