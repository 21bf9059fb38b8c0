import { compareVersions, parseVersion } from '@newsfacts/schemas';
import { ReleaseError } from './release-error.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type Semver = [number, number, number];

export function parseSemver(value: string): Semver {
  const parts = typeof value === 'string' ? parseVersion(value) : null;
  if (!parts)
    throw new ReleaseError(
      'release/invalid-version',
      `${JSON.stringify(value)} is not a version MAJOR.MINOR.PATCH`,
    );
  return parts;
}

/** compareVersions, with a one-line release error for what is not a version. */
export function compareSemver(a: string, b: string): number {
  parseSemver(a);
  parseSemver(b);
  return compareVersions(a, b);
}

/** Checked before any file-system access: a name can never climb out of the datasets folder. */
export function assertDatasetName(name: string): void {
  if (typeof name !== 'string' || name.length > 100 || !SLUG.test(name)) {
    throw new ReleaseError(
      'release/invalid-name',
      `dataset name ${JSON.stringify(name)} must be lower-case letters, digits and single hyphens`,
    );
  }
}

export function assertVersion(version: string): void {
  parseSemver(typeof version === 'string' ? version : String(version));
}
