export { renderDatasetsIndex } from './render-datasets-index.js';
export { renderReleasePage } from './render-release-page.js';
export type {
  DatasetIndexEntry,
  DatasetIndexVersion,
  PageSample,
  ReleaseFile,
  ReleasePageInput,
  ReleaseTables,
} from './types.js';
