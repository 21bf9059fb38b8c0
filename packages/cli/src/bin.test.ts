import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('../', import.meta.url));
const bins = (file: string): Record<string, string> => JSON.parse(readFileSync(file, 'utf8')).bin;

// Regression (issue 15.1): `npm run build` recreated dist/bin.js without the execute bit, so `npx newsfacts`
// failed with "Permission denied" after any build.
describe('the newsfacts bin after a build', () => {
  const target = new URL(`../${bins(`${PACKAGE}package.json`).newsfacts}`, import.meta.url);

  it('is a committed launcher outside dist/ that the build never recreates', () => {
    expect(fileURLToPath(target)).not.toContain('/dist/');
    expect(statSync(target).mode & 0o111).toBe(0o111);
  });

  it('runs directly, as npx runs it, and prints the help', () => {
    const r = spawnSync(fileURLToPath(target), ['--help'], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: newsfacts');
  });

  it('the bench bin is launched the same way', () => {
    const bench = new URL(
      `../../bench/${bins(`${PACKAGE}../bench/package.json`)['newsfacts-bench']}`,
      import.meta.url,
    );
    expect(fileURLToPath(bench)).not.toContain('/dist/');
    expect(statSync(bench).mode & 0o111).toBe(0o111);
  });
});
