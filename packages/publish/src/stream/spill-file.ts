import { closeSync, openSync, readSync, writeSync } from 'node:fs';

// small: pending bytes are garbage soon after it is written, so the heap does not grow to hold it
const FLUSH_BYTES = 256 * 1024;

/** An append-only scratch file: text goes in by chunks, any chunk comes back by its byte range. */
export class SpillFile {
  private readonly fd: number;
  private size = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w+', 0o600);
  }

  /** Appends UTF-8 bytes (kept until the next flush, not copied); returns their offset and length. */
  append(bytes: Uint8Array): [number, number] {
    const n = bytes.byteLength;
    const at = this.size;
    this.size += n;
    if (n === 0) return [at, 0];
    this.pending.push(bytes);
    this.pendingBytes += n;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return [at, n];
  }

  read(offset: number, length: number): string {
    if (length === 0) return '';
    this.flush();
    const buf = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, buf, done, length - done, offset + done);
      if (n === 0) throw new Error(`bug: ${this.path} ends before byte ${offset + length}`);
      done += n;
    }
    return buf.toString('utf8');
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const buf = Buffer.concat(this.pending, this.pendingBytes);
    for (let done = 0; done < buf.byteLength; ) done += writeSync(this.fd, buf, done);
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): void {
    this.pending = [];
    closeSync(this.fd);
  }
}
