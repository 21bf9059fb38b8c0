import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { makeProblem, type Problem } from '../problem.js';
import { decodeUtf8 } from '../read/decode-utf8.js';
import { readBytes } from '../read/read-bytes.js';

/** The files of a release folder, each read and hashed at most once; read problems are reported once. */
export class ReleaseFolder {
  private readonly cache = new Map<string, Buffer | null>();
  private readonly hashes = new Map<string, string | null>();
  constructor(
    readonly dir: string,
    readonly files: ReadonlyMap<string, number>,
    private readonly out: Problem[],
  ) {}

  /** Release paths read from another file (a Parquet-only release's tables decoded for the streaming check). */
  private readonly aliases = new Map<string, string>();

  has(path: string): boolean {
    return this.files.has(path) || this.aliases.has(path);
  }

  /** Where to read a release path line by line. */
  pathOf(path: string): string {
    return this.aliases.get(path) ?? join(this.dir, path);
  }

  /** Read `path` from `file` in the streaming table check (not a file of the release: not listed or hashed). */
  alias(path: string, file: string): void {
    this.aliases.set(path, file);
  }

  private readOnce(path: string): Buffer | null {
    if (this.cache.has(path)) return this.cache.get(path) ?? null;
    if (!this.files.has(path)) return null;
    const read = readBytes(join(this.dir, path), { allowEmpty: true, label: path });
    if (read.ok) return read.value;
    this.out.push(read.problem);
    return null;
  }

  bytes(path: string): Buffer | null {
    if (this.cache.has(path)) return this.cache.get(path) ?? null;
    let value: Buffer | null = null;
    if (this.files.has(path)) {
      const read = readBytes(join(this.dir, path), { allowEmpty: true, label: path });
      if (read.ok) value = read.value;
      else this.out.push(read.problem);
    }
    this.cache.set(path, value);
    return value;
  }

  /**
   * sha256 of a file. Files already read are hashed from memory; table and text files are hashed in
   * 1 MiB chunks without keeping them (a large release holds gigabytes of them).
   */
  sha256(path: string): string | null {
    if (!this.hashes.has(path)) {
      if (this.cache.has(path) || !this.streamed(path)) {
        const b = this.bytes(path);
        this.hashes.set(path, b ? sha256(b) : null);
      } else this.hashes.set(path, this.hashFile(path));
    }
    return this.hashes.get(path) ?? null;
  }

  private streamed(path: string): boolean {
    return this.files.has(path) && (path.startsWith('data/') || path.startsWith('texts/'));
  }

  private hashFile(path: string): string | null {
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(1 << 20);
    let fd: number | null = null;
    try {
      fd = openSync(join(this.dir, path), 'r');
      for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
      return hash.digest('hex');
    } catch (err) {
      const detail = (err as NodeJS.ErrnoException).code ?? String(err);
      this.out.push(makeProblem('input/unreadable', { file: path }, { path, detail }));
      return null;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }

  /**
   * Strict UTF-8 text; `keepBom` for exact source texts, whose hash covers every byte. `cache: false` reads
   * the file again on every call (source texts, read one at a time by the streaming check).
   */
  text(path: string, keepBom = false, cache = true): string | null {
    const b = cache ? this.bytes(path) : this.readOnce(path);
    if (!b) return null;
    const decoded = decodeUtf8(b, path, keepBom);
    if (decoded.ok) return decoded.value;
    this.out.push(decoded.problem);
    return null;
  }
}
