import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

/** The lines of a file as bytes (without the LF), read 1 MiB at a time: the file is never held whole. */
export function* readLines(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    let carry: Buffer = Buffer.alloc(0);
    const chunk = Buffer.alloc(CHUNK);
    for (;;) {
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      let data = Buffer.concat([carry, chunk.subarray(0, n)]);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
        yield data.subarray(start, nl);
        start = nl + 1;
      }
      data = data.subarray(start);
      carry = Buffer.from(data);
    }
    if (carry.length > 0) yield carry;
  } finally {
    closeSync(fd);
  }
}
