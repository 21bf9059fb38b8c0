import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1024 * 1024;

/** The lines of a UTF-8 file without their '\n', read in fixed-size chunks (memory: the longest line). */
export function* readLines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(CHUNK);
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      const text = rest + (n > 0 ? decoder.decode(buf.subarray(0, n), { stream: true }) : decoder.decode());
      const last = text.lastIndexOf('\n');
      if (last >= 0) {
        yield* text.slice(0, last).split('\n');
        rest = text.slice(last + 1);
      } else rest = text;
      if (n === 0) break;
    }
    if (rest.length > 0) yield rest;
  } finally {
    closeSync(fd);
  }
}
