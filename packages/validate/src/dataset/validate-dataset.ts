import type { Dataset, Texts, ValidationReport } from '@newsfacts/schemas';
import { makeReport } from '../report.js';
import { checkDataset } from './check-dataset.js';

/** Validate an in-memory dataset against its source texts. */
export function validateDataset(
  dataset: Dataset,
  texts: Texts,
  opts: { file?: string } = {},
): ValidationReport {
  return makeReport(checkDataset(dataset, texts, { file: opts.file ?? null }));
}
