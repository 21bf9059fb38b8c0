import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/dist/bin.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would (plain Node, no colour, not a TTY). */
export function cli(
  args: string[],
  opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {},
): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch project: a copy of one pipeline under <tmp>/pipelines/<name>, and an empty datasets folder. */
export function scratchProject(pipeline = 'kashmir-backchannel'): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-e2e-'));
  cpSync(join(ROOT, 'pipelines', pipeline), join(dir, 'pipelines', pipeline), {
    recursive: true,
    filter: (p) => !p.includes('node_modules'),
  });
  return dir;
}
