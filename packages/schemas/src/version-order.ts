/** MAJOR.MINOR.PATCH without leading zeros (what release folders and SCHEMA_VERSION are named). */
const SEMVER = /^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})$/;

/** The three numbers of a version, or null when `value` is not MAJOR.MINOR.PATCH. */
export function parseVersion(value: string): [number, number, number] | null {
  const m = SEMVER.exec(value);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** The one version order ("1.10.0" after "1.9.0"); both must be versions (check with parseVersion). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) throw new Error(`bug: compareVersions(${JSON.stringify(a)}, ${JSON.stringify(b)})`);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
