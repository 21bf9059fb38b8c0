import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCuratedCorpus } from './fixtures/curated-corpus.js';
import { cli, files, runCli } from './fixtures/run-cli.js';

describe('a curated corpus', { timeout: 300_000 }, () => {
  it('streams the release --in-memory gives, byte for byte, with any worker count or from merged shards', () => {
    const project = mkdtempSync(join(tmpdir(), 'newsfacts-curated-'));
    writeCuratedCorpus(project);
    const run = (...args: string[]) => cli(project, 'run', 'kc', '--no-cache', ...args);
    const streamed = run('--workers', '1', '--datasets', 'd1', '--json');
    run('--workers', '2', '--datasets', 'd2');
    run('--workers', '1', '--in-memory', '--datasets', 'dm');
    for (const k of [0, 1]) cli(project, 'run', 'kc', '--shard', `${k}/2`, '--out', `parts/${k}`);
    cli(project, 'merge', 'kc', 'parts/0', 'parts/1', '--datasets', 'd3');

    const a = files(join(project, 'd1/kc'));
    expect(files(join(project, 'dm/kc'))).toEqual(a);
    expect(files(join(project, 'd2/kc'))).toEqual(a);
    expect(files(join(project, 'd3/kc'))).toEqual(a);
    // every entry was applied: the redirects of the merges, splits and links, curated records in every table
    expect(JSON.parse(streamed.stdout).counts).toMatchObject({ sources: 9, redirects: 6 });
    const redirects = readFileSync(join(project, 'd1/kc/1.0.0/data/redirects.csv'), 'utf8');
    expect(redirects).toContain('person:james-tanaka,person:kenji-tanaka,entity,split: two Tanakas');
    expect(redirects).toContain(
      'event:eeaf5a4ccce2a81a,event:750f18b0e0219bcf,event,merge: the same meeting',
    );
    for (const t of ['entities', 'mentions', 'quotes', 'events', 'event_relations'])
      expect(readFileSync(join(project, `d1/kc/1.0.0/data/${t}.csv`), 'utf8')).toContain(
        'wire.json#/entries/',
      );
    expect(readFileSync(join(project, 'd1/kc/1.0.0/data/events.csv'), 'utf8')).toContain(
      'curation.json#/entries/',
    );

    // a next version where an edit moves records to new ids: both writers carry the same redirects
    const corpus = join(project, 'pipelines/kc/articles.jsonl');
    const edited = readFileSync(corpus, 'utf8')
      .split('\n')
      .map((line) => {
        if (!line.startsWith('{"id":"s7"')) return line;
        const a = JSON.parse(line) as { text: string };
        return JSON.stringify({
          ...a,
          text: a.text.replace('Carlos Mendes', 'Carlos Alberto Mendes'),
        });
      })
      .join('\n');
    writeFileSync(corpus, edited);
    const next = JSON.parse(run('--workers', '2', '--datasets', 'd1', '--json').stdout) as {
      version: string;
    };
    run('--workers', '1', '--in-memory', '--datasets', 'dm');
    expect(files(join(project, 'dm/kc'))).toEqual(files(join(project, 'd1/kc')));
    const carried = readFileSync(join(project, `d1/kc/${next.version}/data/redirects.csv`), 'utf8');
    expect(carried).toMatch(/^mention:[0-9a-f]{16},mention:[0-9a-f]{16},mention,words edited$/m);
    expect(carried).toContain('person:james-tanaka,person:kenji-tanaka,entity,split: two Tanakas');
  });

  it('refuses an entry that matches nothing: one line with file and pointer, no release', () => {
    const project = mkdtempSync(join(tmpdir(), 'newsfacts-curated-'));
    writeCuratedCorpus(project, [
      { op: 'drop', match: { kind: 'quote', text: 'words in no article' }, reason: 'a typo' },
    ]);
    const r = runCli(project, 'run', 'kc', '--workers', '1', '--no-cache', '--datasets', 'ds');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'newsfacts: pipelines/kc/wire.json#/entries/20: no quote "words in no article" (curation/unmatched)\n',
    );
    expect(existsSync(join(project, 'ds/kc/1.0.0'))).toBe(false);
    expect(readdirSync(join(project, 'ds/kc'))).toEqual([]); // no scratch folder left either
    const m = runCli(project, 'run', 'kc', '--workers', '1', '--no-cache', '--in-memory', '--datasets', 'dm');
    expect([m.status, m.stderr]).toEqual([r.status, r.stderr]);
  });
});
