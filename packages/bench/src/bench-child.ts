import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built bench (also from the sources, in tests): child processes run JavaScript. */
const BIN = fileURLToPath(new URL('../dist/bench.js', import.meta.url));

/**
 * One figure measured in a fresh process: `node <flags> bench.js <mode> <args>`, whose last line of output
 * is the figure as JSON. Throws with `label` and the child's error output when it fails.
 */
export function benchChild<T>(
  flags: readonly string[],
  mode: string,
  args: readonly string[],
  label: string,
): T {
  const r = spawnSync(process.execPath, [...flags, BIN, mode, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${label}: ${r.stderr.trim().slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as T;
}
