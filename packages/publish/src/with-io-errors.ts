import { ReleaseError } from './release-error.js';

/** File-system failures become one-line `release/io` errors; anything else without a code is a bug. */
export async function withIoErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (e instanceof ReleaseError || typeof err.code !== 'string' || !/^E[A-Z]+$/.test(err.code)) throw e;
    throw new ReleaseError(
      'release/io',
      `${err.path ?? ''}${err.path ? ': ' : ''}${err.code} (${err.syscall ?? 'fs'})`,
    );
  }
}
