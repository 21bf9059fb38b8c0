import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, scratchProject } from '../helpers/cli.js';

// Regression (issue 15.8): messages that named the wrong file, and options that were silently ignored.
const project = scratchProject();
afterAll(() => rmSync(project, { recursive: true, force: true }));
const SEED = join(ROOT, 'datasets/kashmir-backchannel/1.0.0');
const TEXT = join(ROOT, 'pipelines/kashmir-backchannel/kashmir-backchannel.txt');

describe('messages and small gaps', () => {
  it('errors name the pipeline file where it is, not pipelines/<name>/ of another folder', () => {
    const curation = join(project, 'pipelines/kashmir-backchannel/curation.json');
    const kept = readFileSync(curation);
    writeFileSync(curation, '{"entries": [}');
    const r = cli(['run', 'kashmir-backchannel'], { cwd: join(project, 'pipelines') });
    writeFileSync(curation, kept);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsfacts: kashmir-backchannel\/curation\.json:1:14: .*JSON/);
  });

  it('--text for a source the release does not have is an error, not ignored', () => {
    const r = cli(['verify', SEED, '--text', `wrongid=${TEXT}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("has no source 'wrongid' (its sources: kashmir-backchannel)");
  });

  it('extract: --table without --format csv is an error; --json is accepted', () => {
    const table = cli(['extract', TEXT, '--table', 'quotes']);
    expect(table.code).toBe(2);
    expect(table.stderr).toContain('--table needs --format csv');
    const json = cli(['extract', TEXT, '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).source.id).toBeDefined();
  });
});
