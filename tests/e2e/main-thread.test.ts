import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tree } from '../helpers/tree.js';

// Issue 17: in a corpus run with worker threads only the workers extract, so the main thread must not load
// the extraction stack (packages/extract, its lexicons, chrono-node): ~0.5 s of CPU and ~45 MB it never uses.
// The one-thread run loads it when it runs articles itself.

const RECORDER = fileURLToPath(new URL('../fixtures/loads/record-loads.mjs', import.meta.url));
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const EXTRACTION = /\/packages\/extract\/|\/node_modules\/chrono-node\//;

const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'newsfacts-main-thread-'));
  scratch.push(d);
  return d;
}

/** `node --import record-loads.mjs <args>`; the URLs of the modules the main thread loaded. */
function mainThreadLoads(
  args: string[],
  cwd: string,
): { loads: string[]; status: number | null; stderr: string } {
  const log = join(tempDir(), 'loads.txt');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', RECORDER, ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      NEWSFACTS_LOADS_LOG: log,
      NO_COLOR: '1',
      CI: 'true',
      SOURCE_DATE_EPOCH: '1700000000',
    },
  });
  return { loads: readFileSync(log, 'utf8').split('\n').filter(Boolean), status: r.status, stderr: r.stderr };
}

const PEOPLE = ['Anna Keller', 'David Okafor', 'Maria Haddad', 'James Tanaka'];
const PLACES = ['Geneva', 'Nairobi', 'Paris', 'Tokyo'];

function story(i: number): string {
  const who = PEOPLE[i % PEOPLE.length]!;
  const where = PLACES[(i * 3) % PLACES.length]!;
  return [
    `${where.toUpperCase()} (Example Wire) - Foreign Minister ${who} met officials of the United Nations in ${where} on Monday, the ministry said.`,
    `"We have made real progress on the trade agreement number ${i}," ${who.split(' ')[1]} told reporters.`,
    `According to the World Bank, the programme ran from 2004 to 2007 and cost ${i + 3} million dollars.`,
    '',
  ].join('\n');
}

/** A scratch project with a corpus pipeline of eight articles. */
function corpusProject(): string {
  const project = tempDir();
  const dir = join(project, 'pipelines', 'wire');
  mkdirSync(dir, { recursive: true });
  const dataset = {
    title: 'Wire',
    description: 'Test corpus.',
    license: 'CC-BY-4.0',
    keywords: [],
    contributors: [],
  };
  const sources = [{ corpus: 'articles.jsonl', defaults: { redistributable: true, license: 'CC0-1.0' } }];
  writeFileSync(join(dir, 'pipeline.json'), JSON.stringify({ name: 'wire', dataset, sources, curation: [] }));
  const lines = Array.from({ length: 8 }, (_, i) =>
    JSON.stringify({ id: `s${i}`, text: story(i), published: '2024-03-06' }),
  );
  writeFileSync(join(dir, 'articles.jsonl'), `${lines.join('\n')}\n`);
  return project;
}

describe('the main thread of a corpus run (issue 17)', () => {
  it('imports the runner without the extraction stack', () => {
    const r = mainThreadLoads(['--input-type=module', '-e', "await import('@newsfacts/runner')"], ROOT);
    expect(r.stderr).toBe('');
    expect(r.loads.some((u) => u.includes('/packages/runner/dist/index.js'))).toBe(true);
    expect(r.loads.filter((u) => EXTRACTION.test(u))).toEqual([]);
  });

  it('runs a corpus with 2 workers without loading extraction, and 1 worker loads it; same release', () => {
    const two = corpusProject();
    const one = corpusProject();
    const run = (project: string, workers: string) =>
      mainThreadLoads([BIN, 'run', 'wire', '--workers', workers, '--no-cache', '--quiet'], project);

    const withWorkers = run(two, '2');
    expect(withWorkers.stderr).toBe('');
    expect(withWorkers.status).toBe(0);
    expect(withWorkers.loads.some((u) => u.includes('/packages/runner/dist/'))).toBe(true);
    // the recorder sees this thread only: a worker's entry in the list would make the check meaningless
    expect(withWorkers.loads.filter((u) => u.includes('article-worker'))).toEqual([]);
    expect(withWorkers.loads.filter((u) => EXTRACTION.test(u))).toEqual([]);

    const inThread = run(one, '1');
    expect(inThread.status).toBe(0);
    expect(inThread.loads.some((u) => u.includes('/packages/extract/dist/index.js'))).toBe(true);
    expect(inThread.loads.some((u) => u.includes('/node_modules/chrono-node/'))).toBe(true);

    expect(tree(join(two, 'datasets'))).toEqual(tree(join(one, 'datasets')));
    expect(tree(join(two, 'datasets')).size).toBeGreaterThan(10);
  });
});
