import type { Dataset, Manifest, TableName, Texts } from '@newsfacts/schemas';
import type { Tables } from '@newsfacts/tables';

/** A published release read back from its folder. */
export interface ReleaseSnapshot {
  dir: string;
  manifest: Manifest;
  /** Columns of each table as its datapackage.json declares them (older releases may differ). */
  columns: Record<TableName, string[]>;
  tables: Tables;
  dataset: Dataset;
  /** Texts shipped in the release (redistributable sources only). */
  texts: Texts;
  /** Every file of the folder by relative path. */
  files: ReadonlyMap<string, Uint8Array>;
  /** sha256 of SHA256SUMS. */
  rootSha256: string;
}

/** What a diff needs of each side: the rows and their columns. */
export type DiffSide = Pick<ReleaseSnapshot, 'tables' | 'columns'> & { manifest?: { version: string } };
