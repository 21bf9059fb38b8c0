import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, type Run, scratchProject } from '../helpers/cli.js';
import { expectExactSpans, expectNoRelease, PIPELINE, pipelineDir, run, write } from '../helpers/hostile.js';
import { ROWS } from './hostile-rows.js';

/** The hostile-input table (issue 10) lives in hostile-rows.ts; this runs every row through the CLI. */
const projects: string[] = [];
afterAll(() => {
  for (const p of projects) rmSync(p, { recursive: true, force: true });
});

const results: { name: string; code: number | null; line: string }[] = [];
afterAll(() => {
  if (process.env.NEWSFACTS_PRINT_TABLE)
    console.info(results.map((r) => `${r.code}\t${r.name}\t${r.line}`).join('\n'));
});

describe('hostile input: the fixture table', () => {
  it('has at least 30 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
  });

  for (const row of ROWS) {
    it(`${row.name} → exit ${row.code}`, () => {
      const dir = scratchProject(PIPELINE);
      projects.push(dir);
      const { args, stdin } = row.setup(dir);
      const r: Run = cli(args, { cwd: dir, ...(stdin ? { input: stdin } : {}) });
      const lines = r.stderr.split('\n').filter(Boolean);
      results.push({ name: row.name, code: r.code, line: lines[0] ?? r.stdout.split('\n')[0] ?? '' });
      expect(r.stderr, 'never a stack trace').not.toMatch(/\n\s+at |internal error/);
      expect(r.code, r.stderr).toBe(row.code);
      if (row.code === 0) {
        expect(r.stderr).toBe('');
        if (row.text !== undefined) {
          const spans = expectExactSpans(JSON.parse(r.stdout), row.text);
          expect(spans, 'the article yields some evidence').toBeGreaterThan(0);
        } else {
          const release = join(dir, 'datasets', PIPELINE, '1.0.0');
          expect(cli(['verify', release]).code).toBe(0);
        }
        return;
      }
      if (row.code === 2) {
        expect(lines, 'one line on stderr').toHaveLength(1);
        expect(lines[0]).toMatch(/^newsfacts: /);
        expect(lines[0]).toMatch(row.message!);
        expect(r.stdout).toBe('');
        expectNoRelease(dir);
      } else expect(r.stdout + r.stderr).toMatch(row.message!);
    });
  }
});

describe('hostile input: nothing is half-written', () => {
  it('a failed run leaves the datasets folder of an earlier release untouched', () => {
    const dir = scratchProject(PIPELINE);
    projects.push(dir);
    expect(cli(run(), { cwd: dir }).code).toBe(0);
    const before = readdirSync(join(dir, 'datasets', PIPELINE)).sort();
    write(pipelineDir(dir), `${PIPELINE}.txt`, Buffer.from([0xff, 0xfe, 0x00]));
    const r = cli(run(), { cwd: dir });
    expect(r.code).toBe(2);
    expect(readdirSync(join(dir, 'datasets', PIPELINE)).sort()).toEqual(before);
    mkdirSync(join(dir, 'x'));
  });
});
