#!/usr/bin/env node
import { main } from './program.js';

// A reader that stops early (`newsfacts extract big.txt | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug: one line, then the details for a report, and exit 70 (EX_SOFTWARE).
    process.stderr.write(`newsfacts: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.NEWSFACTS_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    process.exitCode = 70;
  },
);
