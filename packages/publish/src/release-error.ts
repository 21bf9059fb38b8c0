/** Every error publish reports for bad configuration, bad data or I/O: stable code → what it means. */
export const RELEASE_ERRORS = {
  'release/invalid-name': 'A dataset name is not a slug (lower-case letters, digits, single hyphens).',
  'release/invalid-version': 'A version is not MAJOR.MINOR.PATCH.',
  'release/invalid-date': 'SOURCE_DATE_EPOCH is not a non-negative count of seconds.',
  'release/invalid-dataset': 'The records fail validation; nothing was written.',
  'release/duplicate-source': 'Two different texts were given under one source id.',
  'release/missing-text': 'A redistributable source has no text, or a text that does not match its sha256.',
  'release/version-exists':
    'The version is already published with other content; versions are never rewritten.',
  'release/version-not-higher': 'An explicit version is not higher than the published ones.',
  'release/version-too-low':
    'An explicit version understates the changes (e.g. a patch number for new records).',
  'release/unknown-version': 'The dataset has no such version.',
  'release/invalid-reason': 'A withdrawal has no reason.',
  'release/invalid-release': 'The written release folder failed validation; it was not published.',
  'release/unreadable': 'A published file (manifest, datapackage, versions.json …) cannot be read or parsed.',
  'release/io': 'A file-system operation failed.',
} as const;

export type ReleaseErrorCode = keyof typeof RELEASE_ERRORS;

/** A one-line error with a stable code; only bugs throw anything else. */
export class ReleaseError extends Error {
  readonly code: ReleaseErrorCode;
  /** The message without its code. */
  readonly detail: string;
  constructor(code: ReleaseErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'ReleaseError';
    this.code = code;
    this.detail = message;
  }
}
