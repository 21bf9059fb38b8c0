/**
 * Checking records in memory (a dataset against its texts, EDTF dates): a light entry point for worker
 * threads and the per-article steps, which need nothing of release folders, file reading or Parquet
 * (`@newsfacts/validate/dataset`).
 */

export { parseDate as parseEdtf } from './dataset/check-dates.js';
export { validateDataset } from './dataset/validate-dataset.js';
