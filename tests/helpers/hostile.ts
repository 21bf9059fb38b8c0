import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

export const FIXTURES = join(ROOT, 'tests/fixtures/hostile');
export const PIPELINE = 'kashmir-backchannel';
export const MIB = 1024 * 1024;

export interface Row {
  name: string;
  /** Make the input in `dir` (a scratch project with the seed pipeline); return the command's arguments. */
  setup: (dir: string) => { args: string[]; stdin?: Buffer };
  code: 0 | 1 | 2;
  /** The one line of stderr (bad rows) or a line of stdout (exit 1: the report). */
  message?: RegExp;
  /** Valid rows: the article text (as decoded) the evidence spans must match exactly. */
  text?: string;
}

export const write = (dir: string, name: string, data: string | Buffer) => {
  writeFileSync(join(dir, name), data);
  return join(dir, name);
};
export const pipelineDir = (dir: string) => join(dir, 'pipelines', PIPELINE);
export const editJson = (path: string, edit: (v: Record<string, unknown>) => unknown) =>
  writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8')))));
export const editPipeline = (dir: string, edit: (v: Record<string, unknown>) => unknown) =>
  editJson(join(pipelineDir(dir), 'pipeline.json'), edit);
export const sources = (p: Record<string, unknown>) => p.sources as Record<string, unknown>[];
export const run = (...more: string[]) => ['run', PIPELINE, '--quiet', ...more];
export const extract = (file: string) => ({ args: ['extract', file] });

/** A text file given as exact bytes, checked as its decoded text (BOM dropped). */
export const valid = (name: string, bytes: Buffer | string): Row => {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  return { name, setup: (d) => extract(write(d, 'article.txt', buf)), code: 0, text };
};

function evidenceIn(
  value: unknown,
  out: { start: number; end: number; exact: string; prefix: string; suffix: string }[] = [],
) {
  if (Array.isArray(value)) for (const v of value) evidenceIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.exact === 'string')
      out.push(o as never);
    for (const v of Object.values(o)) evidenceIn(v, out);
  }
  return out;
}

export function expectExactSpans(doc: { source: { length: number } }, text: string): number {
  const cps = Array.from(text);
  expect(doc.source.length).toBe(cps.length);
  const spans = evidenceIn(doc);
  for (const e of spans) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(cps.length);
    expect(e.exact).toBe(cps.slice(e.start, e.end).join(''));
    expect(e.prefix).toBe(cps.slice(Math.max(0, e.start - 32), e.start).join(''));
    expect(e.suffix).toBe(cps.slice(e.end, e.end + 32).join(''));
  }
  return spans.length;
}

/** No version folder and no temp folder: nothing half-written. */
export function expectNoRelease(dir: string): void {
  const datasets = join(dir, 'datasets', PIPELINE);
  if (!existsSync(datasets)) return;
  expect(readdirSync(datasets).filter((n) => /^\d|^\.tmp-/.test(n))).toEqual([]);
}
