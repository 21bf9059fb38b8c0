import { closeSync, openSync, readSync } from 'node:fs';
import { makeProblem, type Problem } from '../../problem.js';
import { looksUtf16 } from '../../read/decode-utf8.js';

const CHUNK = 1 << 18;

/**
 * Lines of a UTF-8 file ('\n' separated; no line after a final '\n'), read through a fixed-size buffer with
 * readSync: memory is one chunk plus the longest line. Strict UTF-8 and the UTF-16 guess as `decodeUtf8`; a
 * UTF-8 byte-order mark is dropped. After a problem (reported once into `out`) the reader yields nothing more.
 */
export class LineReader {
  private fd: number | null;
  private readonly buf = Buffer.allocUnsafe(CHUNK);
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private pending: string[] = [];
  private next = 0;
  private rest = '';
  private eof = false;
  private first = true;
  /** True once a read or decoding problem stopped the reader. */
  failed = false;

  constructor(
    path: string,
    private readonly label: string,
    private readonly out: Problem[],
  ) {
    try {
      this.fd = openSync(path, 'r');
    } catch (err) {
      this.fd = null;
      this.fail(
        makeProblem(
          'input/unreadable',
          { file: label },
          { path: label, detail: (err as NodeJS.ErrnoException).code ?? String(err) },
        ),
      );
    }
  }

  private fail(problem: Problem): void {
    this.out.push(problem);
    this.failed = true;
    this.eof = true;
    this.pending = [];
    this.close();
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private fill(): void {
    while (this.next >= this.pending.length && !this.eof) {
      const n = readSync(this.fd!, this.buf, 0, CHUNK, null);
      let text: string;
      try {
        if (n > 0 && this.first && looksUtf16(this.buf.subarray(0, n))) {
          this.fail(makeProblem('input/utf16', { file: this.label }, { path: this.label }));
          return;
        }
        this.first = false;
        text = n > 0 ? this.decoder.decode(this.buf.subarray(0, n), { stream: true }) : this.decoder.decode();
      } catch {
        this.fail(makeProblem('input/invalid-utf8', { file: this.label }, { path: this.label }));
        return;
      }
      const parts = (this.rest + text).split('\n');
      this.rest = parts.pop()!;
      if (n === 0) {
        this.eof = true;
        this.close();
        if (this.rest !== '') parts.push(this.rest);
        this.rest = '';
      }
      this.pending = parts;
      this.next = 0;
    }
  }

  /** The next line, or null at the end. */
  line(): string | null {
    if (this.fd === null && this.next >= this.pending.length) return null;
    this.fill();
    return this.next < this.pending.length ? this.pending[this.next++]! : null;
  }
}
