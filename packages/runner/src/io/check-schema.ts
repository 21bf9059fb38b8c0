import { type SchemaName, validateAgainst } from '@newsfacts/schemas';
import { EXIT, RunError } from '../run-error.js';

/** Fail with one line naming the file and JSON Pointer of the first schema error. */
export function checkSchema<T>(name: SchemaName, value: unknown, label: string): T {
  const errors = validateAgainst(name, value);
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
    throw new RunError(
      `${label}#${first.pointer || '/'}: ${first.message}${more}`,
      EXIT.usage,
      `schema/${first.keyword}`,
    );
  }
  return value as T;
}
