import { MAX_FILE_BYTES } from '../limits.js';
import { makeProblem, type Problem } from '../problem.js';
import { decodeUtf8 } from './decode-utf8.js';
import { parseJson } from './parse-json.js';
import { readBytes } from './read-bytes.js';

/** Read a UTF-8 text file (BOM dropped); whitespace-only counts as empty. */
export function readTextFile(
  path: string,
  maxBytes = MAX_FILE_BYTES,
  label = path,
): { ok: true; value: string } | { ok: false; problem: Problem } {
  const bytes = readBytes(path, { maxBytes, label });
  if (!bytes.ok) return bytes;
  const text = decodeUtf8(bytes.value, label);
  if (!text.ok) return text;
  if (text.value.trim() === '')
    return { ok: false, problem: makeProblem('input/empty', { file: label }, { path: label }) };
  return text;
}

/** Safe JSON file reader: size limit, strict UTF-8, BOM dropped, line:column on syntax errors, no __proto__. */
export function readJsonFile(
  path: string,
  maxBytes = MAX_FILE_BYTES,
  label = path,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const text = readTextFile(path, maxBytes, label);
  if (!text.ok) return text;
  return parseJson(text.value, label);
}
