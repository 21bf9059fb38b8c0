/** Largest file any validate function reads: 256 MiB. Checked with stat before reading. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
