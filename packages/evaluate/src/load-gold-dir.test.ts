import { describe, expect, it } from 'vitest';
import { evaluate, goldSource } from './evaluate.js';
import { formatEvalReport } from './format-eval-report.js';
import { loadGoldDir } from './load-gold-dir.js';
import { runBaseline } from './run-baseline.js';

const dir = (name: string) => new URL(`../../../tests/gold/${name}`, import.meta.url).pathname;

describe('loadGoldDir and evaluate', () => {
  it('loads NN.txt + NN.gold.json pairs sorted, and named pairs', () => {
    expect(loadGoldDir(dir('wikinews')).map((a) => a.id)).toEqual(['01', '02', '03', '04']);
    const seed = loadGoldDir(dir('seed'));
    expect(seed.map((a) => a.id)).toEqual(['kashmir-backchannel']);
    expect(seed[0]!.gold.outlet).toBe('Atlantic Council');
  });

  it('scores the compromise baseline in the same run and prints a table', () => {
    const articles = loadGoldDir(dir('wikinews'));
    const report = evaluate(articles, (a) => runBaseline(goldSource(a), a.text));
    expect(report.system.total).toEqual(report.baseline.total);
    expect(report.baseline.total.entities.predicted).toBeGreaterThan(0);
    const table = formatEvalReport(report);
    expect(table).toMatch(/entities/);
    expect(table).toMatch(/ours 01/);
    expect(table).toMatch(/base 04/);
  });
});
