import { compareStrings } from '@newsfacts/tables';
import type { FileIndex } from './release-source.js';

/** SHA256SUMS in the format of `sha256sum` (two spaces, text mode), sorted by path. */
export function buildChecksums(files: FileIndex): string {
  return [...files.keys()]
    .sort(compareStrings)
    .map((path) => `${files.get(path)!.sha256}  ${path}\n`)
    .join('');
}
