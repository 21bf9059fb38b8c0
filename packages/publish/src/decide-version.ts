import type { ChangeSummary } from './diff-releases.js';
import { ReleaseError } from './release-error.js';
import { compareSemver, parseSemver } from './semver.js';

export type Bump = 'major' | 'minor' | 'patch';

/**
 * Tables of records with their own id. Rows of the others (event evidence, participants, redirects) are
 * keyed by what they link, so re-pointing one (a merge, a corrected role) shows as added + removed: a
 * correction, not a new record.
 */
const RECORD_TABLES = new Set(['sources', 'entities', 'mentions', 'quotes', 'events', 'event_relations']);

/** Breaking schema change or removed columns → major; new records or columns → minor; else patch. */
export function bumpFor(previousSchemaVersion: string, diff: ChangeSummary, schemaVersion: string): Bump {
  const [prevMajor, prevMinor] = parseSemver(previousSchemaVersion);
  const [major, minor] = parseSemver(schemaVersion);
  if (major > prevMajor || diff.tables.some((t) => t.fieldsRemoved.length > 0)) return 'major';
  // A span record whose id changed arrives with a new redirect to it: renamed, not new (docs/ids.md).
  const redirected = diff.tables.find((t) => t.table === 'redirects')?.added ?? 0;
  const added = diff.tables.reduce((n, t) => n + (RECORD_TABLES.has(t.table) ? t.added : 0), 0);
  const grew = diff.tables.some((t) => t.fieldsAdded.length > 0) || added > redirected;
  return grew || minor > prevMinor ? 'minor' : 'patch';
}

function bumpVersion(version: string, bump: Bump): string {
  const [x, y, z] = parseSemver(version);
  return bump === 'major' ? `${x + 1}.0.0` : bump === 'minor' ? `${x}.${y + 1}.0` : `${x}.${y}.${z + 1}`;
}

/**
 * The next version: 1.0.0 first, then semver from the diff. An explicit version must be higher than
 * the previous one and may not understate the change (a patch number for new records is refused).
 */
export function decideVersion(
  previous: { manifest: { version: string; schema_version: string } } | null,
  diff: ChangeSummary,
  schemaVersion: string,
  explicit?: string,
): string {
  if (!previous) {
    if (explicit !== undefined) parseSemver(explicit);
    return explicit ?? '1.0.0';
  }
  const decided = bumpVersion(
    previous.manifest.version,
    bumpFor(previous.manifest.schema_version, diff, schemaVersion),
  );
  if (explicit === undefined) return decided;
  parseSemver(explicit);
  if (compareSemver(explicit, previous.manifest.version) <= 0) {
    throw new ReleaseError(
      'release/version-not-higher',
      `version ${explicit} is not higher than the latest release ${previous.manifest.version}`,
    );
  }
  if (compareSemver(explicit, decided) < 0) {
    throw new ReleaseError(
      'release/version-too-low',
      `version ${explicit} understates the changes since ${previous.manifest.version}; use ${decided} or higher`,
    );
  }
  return explicit;
}
