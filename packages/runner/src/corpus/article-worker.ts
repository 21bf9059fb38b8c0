import { parentPort } from 'node:worker_threads';
import { type ArticleOutcome, type ArticleTask, runArticleTask } from './article-task.js';
import type { WorkerReply } from './worker-pool.js';

function run(task: ArticleTask): WorkerReply<ArticleOutcome> {
  try {
    return { ok: true, value: runArticleTask(task) };
  } catch (e) {
    const err = e as { message?: string; code?: string; exitCode?: number };
    return { ok: false, message: err.message ?? String(e), code: err.code, exitCode: err.exitCode };
  }
}

/**
 * Worker thread entry: a batch of articles per message; back come, in one message, each one's text facts
 * and its document JSON or rows.
 */
parentPort?.on('message', (tasks: ArticleTask[]) => {
  const replies = tasks.map(run);
  // the encoded rows are moved, not copied: the worker has no further use for them
  const moved: ArrayBuffer[] = [];
  for (const r of replies)
    if (r.ok && r.value.result?.rows) moved.push(r.value.result.rows.bytes.buffer as ArrayBuffer);
  parentPort?.postMessage(replies, moved);
});
