import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// Regression (issue 15.1, 15.2): what a new user does from a fresh clone, with exactly README's steps.
let dir = '';

/** The working tree as a clone would hold it (tracked and new files, nothing ignored: no node_modules, dist). */
function cloneWorkingTree(): string {
  const to = mkdtempSync(join(tmpdir(), 'newsfacts-clone-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(ROOT, file), join(to, file)); // keeps the mode, as git does
  }
  return to;
}

function sh(command: string): { code: number | null; out: string } {
  const r = spawnSync('sh', ['-c', command], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      CI: 'true',
      NO_COLOR: '1',
      TURBO_TELEMETRY_DISABLED: '1',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const ok = (command: string) => {
  const r = sh(command);
  expect(r.code, `${command}\n${r.out}`).toBe(0);
  return r.out;
};

beforeAll(() => {
  dir = cloneWorkingTree();
  ok('npm ci --prefer-offline && npm run build');
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a fresh clone', () => {
  it('npm ci && npm run build && npx newsfacts --help prints the help', () => {
    expect(ok('npx newsfacts --help')).toContain('Usage: newsfacts');
    ok('npm run build -- --force'); // a rebuild must not take the command away
    expect(ok('npx newsfacts --help')).toContain('Usage: newsfacts');
  }, 300_000);

  it('a dataset added as README says runs through npx turbo run pipeline, and npm ci still works', () => {
    writeFileSync(
      join(dir, 'article.txt'),
      'Mayor Jane Smith said on Monday that Springfield would build a new bridge over the river.\n\n"We will start in May," Smith told reporters.\n',
    );
    ok('npx newsfacts new city-bridge article.txt --published 2024-05-06 --outlet "The Ledger"');
    ok('npm install --prefer-offline');
    ok('npm ci --prefer-offline');
    const out = ok('npx turbo run pipeline --output-logs=new-only');
    expect(out).toContain('@newsfacts/pipeline-city-bridge');
    const release = join(dir, 'datasets/city-bridge/1.0.0');
    expect(JSON.parse(readFileSync(join(release, 'datapackage.json'), 'utf8')).name).toBe('city-bridge');
    ok(`npx newsfacts verify ${release}`);
  }, 300_000);
});
