import { rowValidatorFor, validatorFor } from '@newsfacts/schemas';
import type { ValidateFunction } from 'ajv';
import { checkValue } from '../schema/check-value.js';
import { type DatasetContext, idOf, type Kind } from './context.js';

const VALIDATORS: Record<Kind, () => ValidateFunction> = {
  sources: () => validatorFor('source'),
  entities: () => validatorFor('entity'),
  quotes: () => validatorFor('quote'),
  events: () => validatorFor('event'),
  relations: () => validatorFor('event-relation'),
  redirects: () => rowValidatorFor('redirects'),
};

/** Validate every record against its schema; remember the invalid ones. `report: false` only remembers. */
export function checkSchemas(
  records: Record<Kind, readonly unknown[]>,
  ctx: DatasetContext,
  report: boolean,
): void {
  for (const kind of Object.keys(VALIDATORS) as Kind[]) {
    const fn = VALIDATORS[kind]();
    const list = records[kind];
    for (let i = 0; i < list.length; i++) {
      const record = list[i];
      if (fn(record)) continue;
      ctx.invalid[kind].add(i);
      if (report) {
        const at = ctx.locate(kind, i, '', idOf(record));
        checkValue(fn, record, at, at.pointer ?? '', ctx.problems);
      }
    }
  }
}
