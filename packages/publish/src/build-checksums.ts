import { sha256 } from '@newsfacts/evidence';
import { compareStrings } from '@newsfacts/tables';

/** SHA256SUMS in the format of `sha256sum` (two spaces, text mode), sorted by path. */
export function buildChecksums(files: ReadonlyMap<string, Uint8Array>): string {
  return [...files.keys()]
    .sort(compareStrings)
    .map((path) => `${sha256(files.get(path)!)}  ${path}\n`)
    .join('');
}
