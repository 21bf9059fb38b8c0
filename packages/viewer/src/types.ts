import type { Tables } from '@newsfacts/schemas';

/** The published tables of one release, as rows. */
export type ReleaseTables = Tables;

/** A downloadable file of the release (never `index.html` itself). */
export interface ReleaseFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface ReleasePageInput {
  dataset: string;
  version: string;
  title: string;
  description: string;
  license: string;
  citation: string;
  tables: ReleaseTables;
  /** Source id → exact text, only for redistributable sources. */
  texts: Record<string, string>;
  files: ReleaseFile[];
  /**
   * Set when `tables` hold only the first sources of a large release: the header then gives the
   * release's full counts and says the page shows a sample.
   */
  sample?: PageSample | null;
}

export interface PageSample {
  /** Sources shown on the page (the first by id). */
  shown: number;
  /** Rows per table in the whole release. */
  counts: Readonly<Record<string, number>>;
}

export interface DatasetIndexVersion {
  version: string;
  rootSha256: string;
  /** Reason the version was withdrawn, or null. */
  withdrawn: string | null;
}

export interface DatasetIndexEntry {
  dataset: string;
  title: string;
  versions: DatasetIndexVersion[];
  latest: string | null;
}
