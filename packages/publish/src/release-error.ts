/** Stable codes of the errors publish reports for bad configuration, bad data or I/O. */
export type ReleaseErrorCode =
  | 'release/invalid-name'
  | 'release/invalid-version'
  | 'release/invalid-dataset'
  | 'release/missing-text'
  | 'release/version-exists'
  | 'release/version-not-higher'
  | 'release/version-too-low'
  | 'release/unknown-version'
  | 'release/invalid-reason'
  | 'release/invalid-release'
  | 'release/unreadable'
  | 'release/io';

/** A one-line error with a stable code; only bugs throw anything else. */
export class ReleaseError extends Error {
  readonly code: ReleaseErrorCode;
  constructor(code: ReleaseErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'ReleaseError';
    this.code = code;
  }
}
