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
