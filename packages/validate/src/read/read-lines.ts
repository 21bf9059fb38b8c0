import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

/**
 * The one line reader: a file as chunks of whole '\n'-separated lines (the last '\n' of each chunk
 * left out; no line after a final '\n'), read through a fixed-size buffer so memory is a chunk plus
 * the longest line. A chunk ends on a line break, so it decodes as UTF-8 on its own.
 */
export function* readLineChunks(path: string, chunkBytes = CHUNK): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(chunkBytes);
    let carry = Buffer.alloc(0);
    for (let n = readSync(fd, buf, 0, chunkBytes, null); n > 0; n = readSync(fd, buf, 0, chunkBytes, null)) {
      const data = carry.length > 0 ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      const last = data.lastIndexOf(10);
      if (last >= 0) yield Buffer.from(data.subarray(0, last));
      carry = Buffer.from(data.subarray(last + 1));
    }
    if (carry.length > 0) yield carry;
  } finally {
    closeSync(fd);
  }
}

/** The lines of a file as bytes, without their '\n'. */
export function* readLineBytes(path: string): Generator<Buffer> {
  for (const chunk of readLineChunks(path)) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      yield chunk.subarray(start, nl);
      start = nl + 1;
    }
    yield chunk.subarray(start);
  }
}

/** The lines of a UTF-8 file we wrote ourselves, as strings without their '\n'. */
export function* readLines(path: string): Generator<string> {
  for (const chunk of readLineChunks(path)) yield* chunk.toString('utf8').split('\n');
}
