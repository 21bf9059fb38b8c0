import { parentPort } from 'node:worker_threads';
import { type ArticleOutcome, type ArticleTask, runArticleTask } from './article-task.js';
import type { WorkerReply } from './worker-pool.js';

/** Worker thread entry: one article per message; back come its text's facts and its document JSON or rows. */
parentPort?.on('message', (task: ArticleTask) => {
  let reply: WorkerReply<ArticleOutcome>;
  try {
    reply = { ok: true, value: runArticleTask(task) };
  } catch (e) {
    const err = e as { message?: string; code?: string; exitCode?: number };
    reply = { ok: false, message: err.message ?? String(e), code: err.code, exitCode: err.exitCode };
  }
  // the encoded rows are moved, not copied: the worker has no further use for them
  const rows = reply.ok ? reply.value.result?.rows : null;
  parentPort?.postMessage(reply, rows ? [rows.bytes.buffer as ArrayBuffer] : []);
});
