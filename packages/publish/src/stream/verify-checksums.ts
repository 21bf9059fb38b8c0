import { verifyInWorker } from './run-in-worker.js';

/**
 * Reads a written folder back in a worker thread (checkFolder): every file listed in `sums` (SHA256SUMS
 * text) has that hash, and the folder holds those files, SHA256SUMS itself and nothing else. Resolves
 * to the first problem, or null.
 */
export function verifyChecksums(dir: string, sums: string): Promise<string | null> {
  return verifyInWorker(dir, sums);
}
