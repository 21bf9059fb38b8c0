import { Worker } from 'node:worker_threads';

interface Job<I, O> {
  input: I;
  resolve(value: O): void;
  reject(error: Error): void;
}

/**
 * A worker gets its jobs' inputs as an array (a batch) and answers with an array of as many replies, in
 * order: each `{ ok: true, value }` or `{ ok: false, message, code, exitCode }`.
 */
export type WorkerReply<O> =
  | { ok: true; value: O }
  | { ok: false; message: string; code?: string; exitCode?: number };

export class WorkerTaskError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly exitCode?: number,
  ) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

/**
 * Each article allocates ~2 MB that dies young: a 64 MB young generation (V8's default is a few
 * MB) lets most of it go in cheap scavenges instead of promoting it (measured: about half the GC time).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64 };

/**
 * Jobs per message: each message and reply costs the sending thread a fixed part of its serial time,
 * so a free worker takes up to this many queued jobs at once.
 */
const BATCH = 4;

/**
 * A fixed set of worker threads running one module; each takes the next queued jobs (up to BATCH) when
 * free. Fewer than BATCH queued jobs wait for the jobs queued in the same turn of the event loop.
 */
export class WorkerPool<I, O> {
  private readonly idle: Worker[] = [];
  private readonly queue: Job<I, O>[] = [];
  private readonly busy = new Map<Worker, Job<I, O>[]>();
  private failure: Error | null = null;
  private closed = false;
  private later: NodeJS.Immediate | null = null;
  /** Workers that were sent a batch already. */
  private readonly started = new Set<Worker>();

  constructor(url: URL, size: number, workerData?: unknown) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { workerData, resourceLimits: WORKER_LIMITS });
      w.on('message', (replies: WorkerReply<O>[]) => this.settle(w, replies));
      w.on('error', (e) => this.fail(w, e));
      w.on('exit', (code) => {
        if (code !== 0 && !this.closed) this.fail(w, new Error(`worker exited with code ${code}`));
      });
      this.idle.push(w);
    }
  }

  run(input: I): Promise<O> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.later) clearImmediate(this.later);
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  /**
   * Full batches now; a partial one once this turn of the event loop has queued what it will. A worker's
   * first batch is one job, so the first results do not wait for a cold worker to finish four.
   */
  private dispatch(partial = false): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.at(-1)!;
      const size = this.started.has(w) ? BATCH : 1;
      if (this.queue.length < size && !partial) break;
      this.idle.pop();
      this.started.add(w);
      const jobs = this.queue.splice(0, size);
      this.busy.set(w, jobs);
      w.postMessage(jobs.map((j) => j.input));
    }
    if (this.idle.length > 0 && this.queue.length > 0 && !this.later)
      this.later = setImmediate(() => {
        this.later = null;
        this.dispatch(true);
      });
  }

  private settle(w: Worker, replies: WorkerReply<O>[]): void {
    const jobs = this.busy.get(w) ?? [];
    this.busy.delete(w);
    this.idle.push(w);
    jobs.forEach((job, i) => {
      const reply = replies[i];
      if (reply?.ok) job.resolve(reply.value);
      else if (reply) job.reject(new WorkerTaskError(reply.message, reply.code, reply.exitCode));
      else job.reject(new Error('bug: a worker answered fewer jobs than it was given'));
    });
    this.dispatch();
  }

  /** A crashed worker fails its job and every later one: the run cannot be completed correctly. */
  private fail(w: Worker, e: Error): void {
    this.failure ??= e;
    for (const job of this.busy.get(w) ?? []) job.reject(e);
    this.busy.delete(w);
    for (const job of this.queue.splice(0)) job.reject(e);
  }
}
