import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, scratchProject } from '../helpers/cli.js';

/** Byte-identical releases from two fresh projects, whatever the machine's time zone, locale or cwd. */
const PIPELINE = 'kashmir-backchannel';
const projects: string[] = [];
afterAll(() => {
  for (const p of projects) rmSync(p, { recursive: true, force: true });
});

function tree(dir: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of tree(dir, path)) out.set(k, v);
    else out.set(path, readFileSync(join(dir, path)).toString('base64'));
  }
  return out;
}

describe('reproducible releases', () => {
  it('two fresh projects, different TZ, LANG and working folder, give byte-identical datasets folders', () => {
    const a = scratchProject(PIPELINE);
    const b = scratchProject(PIPELINE);
    projects.push(a, b);
    mkdirSync(join(b, 'elsewhere'));
    const ra = cli(['run', PIPELINE, '--quiet'], { cwd: a, env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' } });
    const rb = cli(['run', join(b, 'pipelines', PIPELINE), '--quiet', '--datasets', join(b, 'datasets')], {
      cwd: join(b, 'elsewhere'),
      env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    });
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    const ta = tree(join(a, 'datasets'));
    expect(ta.size).toBeGreaterThan(30);
    expect(tree(join(b, 'datasets'))).toEqual(ta);
  });
});
