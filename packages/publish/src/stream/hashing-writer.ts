import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { FileEntry } from '../file-entry.js';

const FLUSH_BYTES = 1024 * 1024;

/** Writes a new file by pieces, counting and hashing its bytes; `end` syncs it and gives its entry. */
export class HashingWriter {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;
  /** Strings are joined and encoded at flush; bytes (already UTF-8) go as they are. */
  private pending: (string | Uint8Array)[] = [];
  private pendingBytes = 0;

  constructor(
    file: string,
    private readonly path: string,
  ) {
    this.fd = openSync(file, 'wx', 0o644);
  }

  write(piece: string | Uint8Array): void {
    if (piece.length === 0) return;
    this.pending.push(piece);
    this.pendingBytes += piece.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const buf = this.pending.every((p) => typeof p === 'string')
      ? Buffer.from(this.pending.join(''), 'utf8')
      : Buffer.concat(this.pending.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
    this.pending = [];
    this.pendingBytes = 0;
    this.hash.update(buf);
    this.bytes += buf.byteLength;
    let done = 0;
    while (done < buf.byteLength) done += writeSync(this.fd, buf, done);
  }

  /** Closes the file (not synced: the writer of the folder syncs it whole). */
  end(): FileEntry {
    this.flush();
    closeSync(this.fd);
    return { path: this.path, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** Close without a result (on failure; the caller removes the folder). */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}
