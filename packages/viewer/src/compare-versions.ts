import { compareVersions as compareSemver, parseVersion } from '@newsfacts/schemas';
import { compareStrings } from './compare.js';

/** Semantic-version order ("1.10.0" after "1.9.0"); anything else falls back to string order. */
export function compareVersions(a: string, b: string): number {
  return parseVersion(a) && parseVersion(b) ? compareSemver(a, b) : compareStrings(a, b);
}
