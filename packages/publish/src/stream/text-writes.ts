import { writeFile } from 'node:fs';
import { ReleaseError } from '../release-error.js';

/** How many text files may be on their way to disk at once (each holds its article's bytes). */
const MAX_PENDING = 64;

/**
 * The texts of a streamed release, written by libuv's thread pool instead of the thread that reads the
 * corpus: creating a file costs 0.15–0.6 ms of kernel time, more than the rest of an article's serial
 * work. Each file is new (`wx`); the first failure is kept and thrown by `settle`.
 */
export class TextWrites {
  private readonly pending = new Set<Promise<void>>();
  private failure: Error | null = null;

  write(file: string, path: string, bytes: Uint8Array): void {
    const p = new Promise<void>((resolve) => {
      writeFile(file, bytes, { flag: 'wx', mode: 0o644 }, (e) => {
        if (e && !this.failure)
          this.failure =
            e.code === 'EEXIST'
              ? new ReleaseError('release/invalid-dataset', `two sources share the text path ${path}`)
              : e;
        resolve();
      });
    });
    this.pending.add(p);
    void p.then(() => this.pending.delete(p));
  }

  /** Waits until at most `limit` writes are pending (all of them by default); throws the first failure. */
  async settle(limit = 0): Promise<void> {
    while (this.pending.size > limit) await Promise.race(this.pending);
    if (this.failure) throw this.failure;
  }

  /** Waits for the writes in flight (before their folder is removed), ignoring failures. */
  async drain(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** At most MAX_PENDING writes in flight: the caller waits here between articles. */
  throttle(): Promise<void> | null {
    return this.pending.size >= MAX_PENDING || this.failure ? this.settle(MAX_PENDING / 2) : null;
  }
}
