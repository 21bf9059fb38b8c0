import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkListing, parseSums } from './check-folder.js';
import type { CopyJob, CopyResult } from './copy-tables.js';
import {
  type CopiedTable,
  type PublishTask,
  rebuildError,
  runPublishTask,
  type TaskError,
} from './publish-task.js';

const url = new URL('./publish-worker.js', import.meta.url);

/** Threads that read a written release back. */
const VERIFY_THREADS = 2;

type Reply = { ok: true; value: unknown } | { ok: false; error: TaskError };

/** One task in worker `w`: its result, or its error rebuilt on this side. */
function ask(w: Worker, t: PublishTask): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const off = () => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const onMessage = (m: Reply) => {
      off();
      if (m.ok) resolve(m.value);
      else reject(rebuildError(m.error));
    };
    const onError = (e: Error) => {
      off();
      reject(e);
    };
    const onExit = (code: number) => {
      off();
      reject(new Error(`publish worker exited with code ${code}`));
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage(t);
  });
}

/**
 * Publish tasks in `threads` worker threads, each thread taking the next task when free, so the thread
 * that ran the corpus stays free (its CPU time per article is what docs/scale.md measures); results in
 * task order. A failure stops new tasks; the error of the first failed task in order is thrown once every
 * started task is done. From the TypeScript sources (tests), where there is no built worker module, the
 * tasks run in this thread, in order.
 */
async function runInWorkers(tasks: readonly PublishTask[], threads: number): Promise<unknown[]> {
  if (!import.meta.url.endsWith('.js')) return tasks.map(runPublishTask);
  const results: unknown[] = new Array(tasks.length);
  const errors = new Map<number, unknown>();
  let next = 0;
  const lane = async () => {
    const w = new Worker(url);
    try {
      while (next < tasks.length && errors.size === 0) {
        const i = next++;
        results[i] = await ask(w, tasks[i]!).catch((e: unknown) => errors.set(i, e));
      }
    } finally {
      await w.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(threads, tasks.length) }, lane));
  if (errors.size > 0) throw errors.get(Math.min(...errors.keys()));
  return results;
}

/** Files (path, hash) in `lanes` lists of about the same bytes: the largest first, each to the lightest list. */
function balance(dir: string, files: [string, string][], lanes: number): [string, string][][] {
  const sized = files.map((f) => ({ f, bytes: statSync(join(dir, f[0])).size }));
  sized.sort((a, b) => b.bytes - a.bytes || (a.f[0] < b.f[0] ? -1 : 1));
  const out = Array.from({ length: lanes }, () => ({ files: [] as [string, string][], bytes: 0 }));
  for (const { f, bytes } of sized) {
    const lane = out.reduce((x, y) => (y.bytes < x.bytes ? y : x));
    lane.files.push(f);
    lane.bytes += bytes;
  }
  return out.map((l) => l.files).filter((l) => l.length > 0);
}

/**
 * Reads a written folder back: it holds the files listed in `sums` (SHA256SUMS text), SHA256SUMS itself
 * and nothing else, and every listed file has its hash, read and hashed by two worker threads (about
 * half the bytes each: the release's tables are most of them). Resolves to the first problem, or null.
 */
export async function verifyInWorkers(dir: string, sums: string): Promise<string | null> {
  const listed = parseSums(sums);
  if (typeof listed === 'string') return listed;
  const listing = checkListing(dir, listed);
  if (listing) return listing;
  const lanes = balance(dir, [...listed], VERIFY_THREADS);
  const problems = await runInWorkers(
    lanes.map((files) => ({ task: 'verify' as const, dir, files })),
    VERIFY_THREADS,
  );
  return (problems.find((p) => p !== null) as string | undefined) ?? null;
}

const bytesOf = (ranges: Float64Array, width: number) => {
  let n = 0;
  for (let i = 0; i < ranges.length; i += width) n += ranges[i + 1]! + (width === 4 ? ranges[i + 3]! : 0);
  return n;
};

/**
 * The texts, each source-ordered table and the relations of a copy job, over two worker threads (the
 * largest first), beside this thread; the result lists the tables in the job's order.
 */
export async function copyInWorkers(job: CopyJob): Promise<CopyResult> {
  const { staging, work, formats } = job;
  const files = { staging, work, formats };
  const tables = [...job.tables].sort((a, b) => bytesOf(b.ranges, 4) - bytesOf(a.ranges, 4));
  const tasks: PublishTask[] = [
    { task: 'texts', job: { staging, texts: job.texts } },
    ...tables.map((table) => ({ task: 'table' as const, job: files, table })),
    { task: 'relations', job: { ...files, relations: job.relations } },
  ];
  const done = await runInWorkers(tasks, 2);
  const byTable = new Map(tables.map((t, i) => [t.table, done[i + 1] as CopiedTable]));
  const relations = done.at(-1) as CopiedTable;
  const copied = [...job.tables.map((t) => byTable.get(t.table)!), relations];
  return {
    entries: copied.map((c) => c.entries),
    rowFiles: copied.map((c) => c.rows),
    pageRelations: relations.page ?? [],
  };
}
