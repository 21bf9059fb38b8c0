import { closeSync, openSync, readSync, writeSync } from 'node:fs';

const BUFFER_BYTES = 256 * 1024;
const EMPTY = Buffer.alloc(0);

/**
 * An append-only scratch file: bytes go in by chunks, any chunk comes back by its byte range. Chunks
 * are copied into one fixed buffer written when full, so a chunk never keeps alive the larger buffer
 * it is a view of (an article's encoded rows), and there is one write per 256 KiB.
 */
/** `length` bytes of the open file `fd` from `offset` (`path` names it in the error if the file is shorter). */
export function readRange(fd: number, offset: number, length: number, path: string): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, offset + done);
    if (n === 0) throw new Error(`bug: ${path} ends before byte ${offset + length}`);
    done += n;
  }
  return buf;
}

export class SpillFile {
  private readonly fd: number;
  private size = 0;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w+', 0o600);
  }

  /** Appends UTF-8 bytes; returns their offset and length. */
  append(bytes: Uint8Array): [number, number] {
    const n = bytes.byteLength;
    const at = this.size;
    this.size += n;
    if (n > BUFFER_BYTES - this.used) {
      this.flush();
      if (n >= BUFFER_BYTES) {
        this.writeAll(bytes);
        return [at, n];
      }
    }
    this.buffer.set(bytes, this.used);
    this.used += n;
    return [at, n];
  }

  /** A chunk as the UTF-8 bytes it was appended as (no decoding: for copying into another file). */
  readBytes(offset: number, length: number): Buffer {
    if (length === 0) return EMPTY;
    this.flush();
    return readRange(this.fd, offset, length, this.path);
  }

  flush(): void {
    if (this.used === 0) return;
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private writeAll(bytes: Uint8Array): void {
    for (let done = 0; done < bytes.byteLength; )
      done += writeSync(this.fd, bytes, done, bytes.byteLength - done);
  }

  close(): void {
    this.used = 0;
    closeSync(this.fd);
  }
}
