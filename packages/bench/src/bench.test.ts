import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './generate-corpus.js';

describe('corpus generator', () => {
  it('is deterministic from its seed, 1–50 KB, with the special articles asked for', () => {
    const o = { seed: 3, count: 200, duplicates: 2, nearDuplicates: 2, foreign: 2 };
    const a = [...generateCorpus(o)];
    expect([...generateCorpus(o)]).toEqual(a);
    expect([...generateCorpus({ ...o, seed: 4 })][0]!.text).not.toBe(a[0]!.text);
    const english = a.filter((x) => x.text.includes(' said'));
    for (const x of english) {
      expect(Buffer.byteLength(x.text)).toBeGreaterThanOrEqual(1000);
      expect(Buffer.byteLength(x.text)).toBeLessThanOrEqual(50_000);
    }
    expect(new Set(a.map((x) => x.text)).size).toBe(198);
    expect(a.filter((x) => x.text.includes('Additional reporting by'))).toHaveLength(2);
  });
});

describe('npm run bench options', () => {
  const bin = fileURLToPath(new URL('../dist/bench.js', import.meta.url));
  it('prints its usage for --help', () => {
    const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run bench -- .*--sizes/);
  });
  it('rejects a bad option in one line and the usage, without a stack trace', () => {
    for (const [args, message] of [
      [
        ['--sizes', '10,x'],
        'bench: --sizes takes whole numbers separated by commas (e.g. --sizes 1000,10000)',
      ],
      [['--fast'], 'bench: unknown option --fast'],
    ] as const) {
      const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(message);
      expect(r.stderr).toContain('usage: npm run bench');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('npm run bench --smoke', () => {
  it('prints every figure (not checking timings)', { timeout: 480_000 }, () => {
    const bin = fileURLToPath(new URL('../dist/bench.js', import.meta.url));
    const r = spawnSync(process.execPath, [bin, '--smoke'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const figure of [
      /end to end [\d,]+ articles\/s, [\d.]+ MB\/s, [\d,]+ words\/s/,
      /ingest [\d.]+ s, publish [\d.]+ s\)/,
      /stages, one thread.*: extract [\d,]+ articles\/s \(warm, results dropped: [\d,]+; settled, after [\d,]+ more: [\d,]+\), normalize [\d,]+ articles\/s, validate [\d,]+ articles\/s, encode rows [\d,]+ articles\/s; publish \(streamed, after ingest\) [\d.]+ s/,
      /peak RSS [\d,]+ MB/,
      /warm-up [\d.]+ s \(main thread [\d.]+ s CPU\), then [\d,]+ articles\/s; main thread [\d.]+ ms CPU\/article/,
      /during publish; [\d.]+ s CPU starting and loading modules before the run/,
      /CPU, all threads: [\d.]+ ms\/article during ingest \(article workers [\d.]+, this thread [\d.]+, V8's compiler and collector threads -?[\d.]+\), [\d.]+ during publish; \d+ cores give at most [\d,]+ articles\/s/,
      /speed-up 2 workers vs 1: [\d.]+×/,
      /validation: schema-only [\d,]+ records\/s, full [\d,]+ records\/s/,
      /compromise baseline .* [\d.]+× (faster|slower)/,
      /no-change re-run .* [\d.]+ s/,
      /adversarial text \(\d+ hostile patterns.*\): .* ratio [\d.]+×/,
      /each pattern alone, .*: \d+ of \d+ above 2\.3× per doubling; fastest-growing: .*, [\d.]+× \(/,
      /\n {2}dates: [\d.]+× per doubling \([\d,]+, [\d,]+, [\d,]+ kB: [\d,]+ → [\d,]+ → [\d,]+ ms\)/,
      /hygiene: 1 duplicates, 1 near-duplicates, 1 not English/,
    ])
      expect(r.stdout).toMatch(figure);
  });
});
