import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import * as AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';

// Both are CommonJS: take Ajv by its named export; ajv-formats' default may arrive wrapped under ESM.
type AjvClass = typeof AjvModule.Ajv;
const Ajv: AjvClass = AjvModule.Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: InstanceType<AjvClass>) => unknown;

let compiled: ValidateFunction | undefined;

/**
 * The official Data Package v2 profile (JSON Schema draft-07, see data/datapackage-2.0/SOURCE.md). It uses
 * keywords Ajv does not know (propertyOrder, context …), so it gets its own non-strict draft-07 instance,
 * apart from the strict instance of our own schemas.
 */
export function datapackageValidator(): ValidateFunction {
  if (compiled === undefined) {
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
    const url = new URL('../../data/datapackage-2.0/datapackage.json', import.meta.url);
    compiled = ajv.compile(JSON.parse(readFileSync(url, 'utf8')) as object);
  }
  return compiled as ValidateFunction;
}
