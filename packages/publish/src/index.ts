export { buildReleaseFiles } from './build-release-files.js';
export { carryRedirects } from './carry-redirects.js';
export type { PublishOptions, PublishResult, PublishStage } from './commit-release.js';
export type { Bump } from './decide-version.js';
export { bumpFor, decideVersion } from './decide-version.js';
export type {
  ChangedRecord,
  ChangeSummary,
  ReleaseDiff,
  TableChangeCounts,
  TableDiff,
} from './diff-releases.js';
export { diffReleases, isEmptyDiff, summarizeDiff } from './diff-releases.js';
export { PAGE_SOURCES } from './page-sample.js';
export { publishRelease } from './publish-release.js';
export { readRelease } from './read-release.js';
export type { ReleaseErrorCode } from './release-error.js';
export { RELEASE_ERRORS, ReleaseError } from './release-error.js';
export type { BuildInput, ReleaseInput } from './release-input.js';
export { DEFAULT_LICENSE } from './release-input.js';
export type { ReleaseSnapshot } from './release-snapshot.js';
export { assertDatasetName, compareSemver } from './semver.js';
export type { ArticleRows, SourceTable } from './stream/article-rows.js';
export { articleRows, SOURCE_TABLES, validateArticle } from './stream/article-rows.js';
export type { StreamPublishInput } from './stream/release-stream.js';
export { ReleaseStream } from './stream/release-stream.js';
export { textPathFor } from './text-path.js';
export { verifyRelease } from './verify-release.js';
export type { VersionEntry, VersionsIndex } from './versions-index.js';
export { loadVersions } from './versions-index.js';
export { withdrawVersion } from './withdraw-version.js';
export { writeDatasetsIndex } from './write-datasets-index.js';
