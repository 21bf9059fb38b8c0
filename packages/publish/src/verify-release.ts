import type { Texts, ValidationReport } from '@newsfacts/schemas';
import { validateRelease } from '@newsfacts/validate';

/** For downloaders: hashes, manifest, datapackage, tables, schemas and spans of a release folder. */
export function verifyRelease(
  dir: string,
  opts: { expectRootSha256?: string; texts?: Texts } = {},
): Promise<ValidationReport> {
  return validateRelease(dir, opts);
}
