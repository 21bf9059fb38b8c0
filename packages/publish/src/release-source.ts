import type { Source } from '@newsfacts/schemas';

/** What the release files say of a source: the same fields in a Source record and a sources row. */
export type ReleaseSource = Pick<
  Source,
  | 'id'
  | 'title'
  | 'outlet'
  | 'url'
  | 'license'
  | 'license_note'
  | 'attribution'
  | 'redistributable'
  | 'sha256'
  | 'length'
>;

/** Path → size and hash of every file built so far. */
export type FileIndex = ReadonlyMap<string, { path: string; bytes: number; sha256: string }>;
