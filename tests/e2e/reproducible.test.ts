import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, scratchProject } from '../helpers/cli.js';
import { tree } from '../helpers/tree.js';

/** Byte-identical releases from two fresh projects, whatever the machine's time zone, locale or cwd. */
const PIPELINE = 'kashmir-backchannel';
const projects: string[] = [];
afterAll(() => {
  for (const p of projects) rmSync(p, { recursive: true, force: true });
});

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
