import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'newsfacts-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the published package works for a stranger', () => {
  it('packs, installs into a fresh project and validates from plain Node ESM', () => {
    execFileSync('npm', ['pack', '--pack-destination', work], { cwd: pkgDir, stdio: 'pipe' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeTruthy();
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball!)], {
      cwd: app,
      stdio: 'pipe',
    });
    writeFileSync(
      join(app, 'main.js'),
      `import { validateAgainst, SCHEMA_VERSION } from '@newsfacts/schemas';
import entitySchema from '@newsfacts/schemas/entity.schema.json' with { type: 'json' };
const good = { id: 'Q843', type: 'location', name: 'Pakistan', aliases: [], qid: 'Q843', iso3166_1_alpha2: 'PK', mentions: [],
  provenance: { method: 'curated', rule: null, confidence: 1, generator: 'app@1.0.0', changes: [] } };
const bad = { ...good, type: 'country' };
console.log(JSON.stringify({ version: SCHEMA_VERSION, id: entitySchema.$id, good: validateAgainst('entity', good), bad: validateAgainst('entity', bad) }));
`,
    );
    const out = JSON.parse(execFileSync('node', ['main.js'], { cwd: app, encoding: 'utf8' }));
    expect(out.version).toBe(
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version,
    );
    expect(out.id).toBe('https://schemas.newsfacts.org/v1/entity.schema.json');
    expect(out.good).toEqual([]);
    expect(out.bad).toEqual([expect.objectContaining({ pointer: '/type', keyword: 'enum' })]);
    expect(readdirSync(join(app, 'node_modules'))).not.toContain('typescript');
  }, 120_000);
});
