import { describe, expect, it } from 'vitest';
import { makeSampleDataset, sampleTexts } from './fixtures/sample.js';
import { validateDataset } from './index.js';

describe('validateDataset', () => {
  it('accepts the valid sample dataset', () => {
    expect(validateDataset(makeSampleDataset(), sampleTexts())).toEqual({
      valid: true,
      errors: 0,
      warnings: 0,
      problems: [],
    });
  });
});
