import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSampleDataset, sampleTexts } from './fixtures/sample.js';
import { tempDir } from './fixtures/temp-dir.js';
import { writeHashFiles, writeRelease } from './fixtures/write-release.js';
import { formatReport, validateRelease } from './index.js';

describe('validateRelease', () => {
  it('accepts a valid release, with and without the expected root hash', async () => {
    const dir = tempDir();
    const { root } = writeRelease(dir, makeSampleDataset(), sampleTexts());
    const report = await validateRelease(dir, { expectRootSha256: root });
    expect(formatReport(report)).toBe('valid: 0 errors, 0 warning(s)\n');
    expect(report.valid).toBe(true);
  });
});

describe('validateRelease locations', () => {
  it('points a span problem at its table row', async () => {
    const dir = tempDir();
    writeRelease(dir, makeSampleDataset(), sampleTexts());
    const edited = readFileSync(join(dir, 'data/mentions.json'), 'utf8').replace(
      '"exact":"Geneva"',
      '"exact":"Genova"',
    );
    writeFileSync(join(dir, 'data/mentions.json'), edited);
    for (const f of ['csv', 'jsonl']) {
      const p = join(dir, `data/mentions.${f}`);
      writeFileSync(p, readFileSync(p, 'utf8').replace('Geneva', 'Genova'));
    }
    writeHashFiles(dir);
    const report = await validateRelease(dir);
    expect(report.problems).toMatchObject([
      { code: 'span/text-mismatch', file: 'data/mentions.json', record: 'mention:1', pointer: '/0/exact' },
    ]);
    expect(formatReport(report)).toMatch(
      /^severity +code +file +record +location +message\nerror +span\/text-mismatch/,
    );
  });

  it('reports a missing folder instead of throwing', async () => {
    expect((await validateRelease('/nonexistent/release')).problems[0]?.code).toBe('input/not-found');
  });
});
