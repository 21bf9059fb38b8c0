import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, files, runCli } from './fixtures/run-cli.js';

const PEOPLE = ['Anna Keller', 'David Okafor', 'Maria Haddad', 'James Tanaka', 'Olga Novak', 'Carlos Mendes'];
const PLACES = ['Geneva', 'Nairobi', 'Paris', 'Cairo', 'Tokyo', 'Lima'];

function story(i: number): string {
  const who = PEOPLE[i % PEOPLE.length]!;
  const where = PLACES[(i * 5) % PLACES.length]!;
  return [
    `${who.split(' ')[1]} holds talks in ${where}`,
    '',
    `${where.toUpperCase()} (Example Wire) - Foreign Minister ${who} met officials of the United Nations in ${where} on Monday, the ministry said.`,
    `"We have made real progress on the trade agreement number ${i}," ${who.split(' ')[1]} told reporters.`,
    `According to the World Bank, the programme ran from 2004 to 2007 and cost ${i + 3} million dollars.`,
    'The details of the plan have not been made public, and talks are expected to resume after a short break.',
    '',
  ].join('\n');
}

function writeCorpus(dir: string, changed = -1): void {
  const lines = Array.from({ length: 12 }, (_, i) => ({
    id: `s${i}`,
    text: story(i) + (i === changed ? 'Officials declined to comment.\n' : ''),
    published: '2024-03-06',
  }));
  lines.push({ id: 's12', text: lines[3]!.text, published: '2024-03-06' }); // syndicated copy
  lines.push({
    id: 's13',
    text: `${lines[5]!.text}(Additional reporting by staff.)\n`,
    published: '2024-03-06',
  });
  lines.push({
    id: 's14',
    text: "Le gouvernement a annoncé mardi une série de mesures pour soutenir les entreprises touchées par la crise. Selon le ministre, les aides seront versées dans les prochaines semaines et il ne s'agit que d'une première étape.\n",
    published: '2024-03-06',
  });
  writeFileSync(join(dir, 'articles.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

let project: string;
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'newsfacts-corpus-'));
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
  writeCorpus(dir);
});

describe('corpus mode', { timeout: 120_000 }, () => {
  it('gives the same bytes with 1 or 2 workers, and from 3 shards merged', () => {
    const one = cli(project, 'run', 'wire', '--workers', '1', '--no-cache', '--datasets', 'd1');
    expect(one.stderr).toMatch(/articles\.jsonl:15: skipped, not English/);
    cli(project, 'run', 'wire', '--workers', '2', '--no-cache', '--datasets', 'd2');
    for (const k of [0, 1, 2]) cli(project, 'run', 'wire', '--shard', `${k}/3`, '--out', `parts/${k}`);
    const merged = cli(
      project,
      'merge',
      'wire',
      'parts/0',
      'parts/1',
      'parts/2',
      '--datasets',
      'd3',
      '--json',
    );
    expect(JSON.parse(merged.stdout).articles.inShard).toBe(15);
    const a = files(join(project, 'd1/wire'));
    expect(a.size).toBeGreaterThan(20);
    expect(files(join(project, 'd2/wire'))).toEqual(a);
    expect(files(join(project, 'd3/wire'))).toEqual(a);
    const sources = JSON.parse(readFileSync(join(project, 'd1/wire/1.0.0/data/sources.json'), 'utf8'));
    const rules = Object.fromEntries(sources.map((s: { id: string; rule: string | null }) => [s.id, s.rule]));
    expect(rules.s12).toBe('hygiene/duplicate-of:s3');
    expect(rules.s13).toBe('hygiene/near-duplicate-of:s5');
    expect(rules.s14).toBeUndefined();
  });

  it('reprocesses only the changed article', () => {
    const first = JSON.parse(cli(project, 'run', 'wire', '--datasets', 'd4', '--json').stdout).articles;
    expect(first.cacheHits + first.processed).toBe(12);
    writeCorpus(join(project, 'pipelines', 'wire'), 7);
    const again = JSON.parse(cli(project, 'run', 'wire', '--datasets', 'd4', '--json').stdout).articles;
    expect(again).toMatchObject({
      processed: 1,
      cacheHits: 11,
      duplicates: 1,
      nearDuplicates: 1,
      nonEnglish: 1,
    });
    const unchanged = JSON.parse(cli(project, 'run', 'wire', '--datasets', 'd4', '--json').stdout);
    expect(unchanged.articles).toBeUndefined(); // up to date: no work at all
  });

  it('refuses an incomplete set of partials', () => {
    const r = runCli(project, 'merge', 'wire', 'parts/0', 'parts/1');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing shards 2\/3/);
  });
});
