import { ReleaseError } from './release-error.js';

/** manifest.created from SOURCE_DATE_EPOCH (seconds), or null: the wall clock is never read. */
export function releaseDate(sourceDateEpoch: number | null | undefined): string | null {
  if (sourceDateEpoch === null || sourceDateEpoch === undefined) return null;
  if (!Number.isSafeInteger(sourceDateEpoch) || sourceDateEpoch < 0) {
    throw new ReleaseError(
      'release/invalid-date',
      `SOURCE_DATE_EPOCH ${sourceDateEpoch} is not a count of seconds`,
    );
  }
  return new Date(sourceDateEpoch * 1000).toISOString().slice(0, 10);
}
