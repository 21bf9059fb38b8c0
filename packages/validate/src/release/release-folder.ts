import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import type { Problem } from '../problem.js';
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

  has(path: string): boolean {
    return this.files.has(path);
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

  sha256(path: string): string | null {
    if (!this.hashes.has(path)) {
      const b = this.bytes(path);
      this.hashes.set(path, b ? sha256(b) : null);
    }
    return this.hashes.get(path) ?? null;
  }

  /** Strict UTF-8 text; `keepBom` for exact source texts, whose hash covers every byte. */
  text(path: string, keepBom = false): string | null {
    const b = this.bytes(path);
    if (!b) return null;
    const decoded = decodeUtf8(b, path, keepBom);
    if (decoded.ok) return decoded.value;
    this.out.push(decoded.problem);
    return null;
  }
}
