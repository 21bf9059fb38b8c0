import { readJsonFile } from '@newsfacts/validate';
import { CliError, EXIT } from '../errors.js';

/** Read a JSON file or fail with validate's one-line problem (bad UTF-8, malformed JSON, __proto__ keys …). */
export function readJson(path: string, label = path): unknown {
  const read = readJsonFile(path);
  if (!read.ok) {
    const p = read.problem;
    throw new CliError(`${label}${p.pointer ? `#${p.pointer}` : ''}: ${p.message}`, EXIT.usage, p.code);
  }
  return read.value;
}
