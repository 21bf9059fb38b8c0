import { describe, expect, it } from 'vitest';
import { makeSampleDataset, sampleTexts } from './fixtures/sample.js';
import { tempDir } from './fixtures/temp-dir.js';
import { writeRelease } from './fixtures/write-release.js';
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
