import { MAX_FILE_BYTES, readJsonFile } from '@newsfacts/validate';
import { EXIT, RunError } from '../run-error.js';

/**
 * Read a JSON file or fail with validate's one-line problem (bad UTF-8, malformed JSON with line and
 * column, __proto__ keys with their JSON Pointer …); its message names the file already.
 */
export function readJson(path: string, label = path): unknown {
  const read = readJsonFile(path, MAX_FILE_BYTES, label);
  if (!read.ok) throw new RunError(read.problem.message, EXIT.usage, read.problem.code);
  return read.value;
}
