/** Test helpers for packages that read or write tables: `@newsfacts/tables/testing`. */
export { makeSampleDataset, SAMPLE_TEXT } from './sample-dataset.js';
