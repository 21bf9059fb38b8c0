import { ReleaseError } from './release-error.js';

const SEMVER = /^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type Semver = [number, number, number];

export function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

export function parseSemver(value: string): Semver {
  const m = SEMVER.exec(value);
  if (!m)
    throw new ReleaseError(
      'release/invalid-version',
      `${JSON.stringify(value)} is not a version MAJOR.MINOR.PATCH`,
    );
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function compareSemver(a: string, b: string): number {
  const [x, y] = [parseSemver(a), parseSemver(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
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
  if (typeof version !== 'string' || !SEMVER.test(version)) parseSemver(String(version));
}
