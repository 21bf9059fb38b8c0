import { closeSync, openSync, readSync } from 'node:fs';
import { makeProblem, type Problem } from '../../problem.js';
import { looksUtf16 } from '../../read/decode-utf8.js';
import { readLineChunks } from '../../read/read-lines.js';

const CHUNK = 1 << 18;
/** looksUtf16 looks at no more than this many first bytes. */
const PROBE = 1024;

function firstBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(PROBE);
    return buf.subarray(0, readSync(fd, buf, 0, PROBE, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Lines of a UTF-8 file as readLineChunks gives them (memory: one chunk plus the longest line), with
 * strict UTF-8 and the UTF-16 guess of `decodeUtf8`; a UTF-8 byte-order mark is dropped. After a
 * problem (reported once into `out`) the reader yields nothing more.
 */
export class LineReader {
  private chunks: Generator<Buffer> | null = null;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private pending: string[] = [];
  private next = 0;
  private first = true;
  /** True once a read or decoding problem stopped the reader. */
  failed = false;

  constructor(
    path: string,
    private readonly label: string,
    private readonly out: Problem[],
  ) {
    let probe: Buffer;
    try {
      probe = firstBytes(path);
    } catch (err) {
      const detail = (err as NodeJS.ErrnoException).code ?? String(err);
      this.fail(makeProblem('input/unreadable', { file: label }, { path: label, detail }));
      return;
    }
    if (looksUtf16(probe)) this.fail(makeProblem('input/utf16', { file: label }, { path: label }));
    else this.chunks = readLineChunks(path, CHUNK);
  }

  private fail(problem: Problem): void {
    this.out.push(problem);
    this.failed = true;
    this.pending = [];
    this.close();
  }

  close(): void {
    this.chunks?.return(undefined);
    this.chunks = null;
  }

  private fill(): void {
    while (this.next >= this.pending.length && this.chunks) {
      const chunk = this.chunks.next();
      if (chunk.done) {
        this.chunks = null;
        return;
      }
      let text: string;
      try {
        text = this.decoder.decode(chunk.value);
      } catch {
        this.fail(makeProblem('input/invalid-utf8', { file: this.label }, { path: this.label }));
        return;
      }
      if (this.first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.first = false;
      this.pending = text.split('\n');
      this.next = 0;
    }
  }

  /** The next line, or null at the end. */
  line(): string | null {
    this.fill();
    return this.next < this.pending.length ? this.pending[this.next++]! : null;
  }
}
