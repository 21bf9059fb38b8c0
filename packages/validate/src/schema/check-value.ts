import type { ValidateFunction } from 'ajv';
import type { Location, Problem } from '../problem.js';
import { mapAjvErrors } from './map-ajv-errors.js';

/** Run a compiled validator; push its problems (pointers prefixed with `base`). Returns whether valid. */
export function checkValue(
  fn: ValidateFunction,
  value: unknown,
  at: Location,
  base: string,
  out: Problem[] | null,
): boolean {
  if (fn(value)) return true;
  if (out) for (const p of mapAjvErrors(fn.errors ?? [], at, base)) out.push(p);
  return false;
}
