import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

describe('newsfacts eval on the external development sets', () => {
  it('scores GUM entities beside the baseline, with linking coverage and, on request, entity and event errors', () => {
    const r = cli(['eval', 'tests/gold/gum-news', '--details']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^entities +\d\.\d\d +\d\.\d\d +\d\.\d\d \(\d+\/\d+\/247\) +0\.\d\d/m);
    expect(r.stdout).toMatch(/^events +\d\.\d\d +\d\.\d\d +\d\.\d\d \(\d+\/\d+\/127\) +— +— +—$/m);
    expect(r.stdout).toMatch(
      /linking coverage: \d+ of 205 gold entities with a Wikipedia identity get a QID/,
    );
    expect(r.stdout).toMatch(/^entity false positives \(\d+\)/m);
    expect(r.stdout).toMatch(/^entity false negatives \(\d+\)/m);
    expect(r.stdout).toMatch(/^gold entities with a Wikipedia identity and no QID \(\d+\)/m);
    expect(r.stdout).toMatch(/^ {2}\d\d (person|organization|location) .+ \(\S+\)( — not extracted)?$/m);
    expect(r.stdout).toMatch(/^event errors \(\d+\)/m);
    expect(r.stdout).toMatch(/^ {2}\d\d (missed|extra|type|date|participants): /m);
  });

  it('leaves out the layers a gold folder does not annotate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-eval-'));
    const gold = JSON.parse(readFileSync(join(ROOT, 'tests/gold/gum-news/01.gold.json'), 'utf8'));
    writeFileSync(join(dir, '01.gold.json'), JSON.stringify({ ...gold, annotated: ['entities'] }));
    copyFileSync(join(ROOT, 'tests/gold/gum-news/01.txt'), join(dir, '01.txt'));
    const r = cli(['eval', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/not annotated in this gold, not scored: quotes, events/);
    expect(r.stdout).not.toMatch(/^events /m);
  });

  it('detects a PLOVER sentence set and gives every figure in --json', () => {
    const r = cli(['eval', 'tests/gold/plover-gsr', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.kind).toBe('plover');
    expect(report.typeHit.total).toBe(161);
    expect(report.detection.correct).toBeGreaterThanOrEqual(report.typeHit.correct);
    expect(report.perType.reduce((n: number, t: { gold: number }) => n + t.gold, 0)).toBe(161);
  });

  it('keeps quotes and events on sets that annotate them', () => {
    const r = cli(['eval', 'tests/gold/wikinews']);
    expect(r.stdout).toMatch(/^events .* +— +— +—$/m);
    expect(r.stdout).not.toMatch(/linking coverage|not annotated/);
  });

  it('names the file and line of a bad case in one line, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-eval-'));
    writeFileSync(join(dir, 'cases.jsonl'), '{"id":"a","text":"They met.","type":"CONSULT"}\nnot json\n');
    const r = cli(['eval', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsfacts: ${join(dir, 'cases.jsonl')}:2: not valid JSON\n`);
  });
});
