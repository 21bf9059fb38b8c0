import { parentPort } from 'node:worker_threads';
import { type PublishTask, runPublishTask, taskError } from './publish-task.js';

/** Worker thread entry: one publish task per message, answered with its result or its error. */
parentPort?.on('message', (t: PublishTask) => {
  try {
    parentPort?.postMessage({ ok: true, value: runPublishTask(t) });
  } catch (e) {
    parentPort?.postMessage({ ok: false, error: taskError(e) });
  }
});
