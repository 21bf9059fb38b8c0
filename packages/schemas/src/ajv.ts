import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadSchemas, SCHEMA_BASE, type SchemaName, type TableName } from './catalog.js';

// ajv-formats is CommonJS; its default export arrives wrapped under Node ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * A strict Ajv instance with the project's options, formats and keywords and no schema yet. `source`
 * keeps each validator's code, for compiling them to a standalone module at build time
 * (`scripts/compile-validators.mjs`).
 */
export function newAjv(source = false): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, unicodeRegExp: true, code: { source } });
  addFormats(ajv);
  // Table schemas are generated from the row schemas; the primary key is declared beside the columns.
  ajv.addKeyword({ keyword: 'x-primaryKey', schemaType: 'array' });
  return ajv;
}

/** The one strict Ajv instance: every schema added once, validators compiled once and cached. */
function createAjv(): Ajv2020 {
  const ajv = newAjv();
  for (const schema of loadSchemas().values()) ajv.addSchema(schema);
  return ajv;
}

let shared: Ajv2020 | undefined;
export function getAjv(): Ajv2020 {
  shared ??= createAjv();
  return shared;
}

/**
 * Validators compiled at build time (`dist/validators.cjs`, keyed by schema $id): loading them costs a few
 * milliseconds where compiling costs hundreds, once in every worker. Absent (tests run from the sources
 * before a build), every validator is compiled by the shared instance instead; both give the same errors.
 */
const standalone = loadStandalone(new URL('../dist/validators.cjs', import.meta.url));

/** The validators of a module written by `scripts/compile-validators.mjs`, or an empty record when it is absent. */
export function loadStandalone(file: URL): Readonly<Record<string, ValidateFunction>> {
  if (!existsSync(file)) return {};
  return createRequire(import.meta.url)(fileURLToPath(file)) as Record<string, ValidateFunction>;
}

const compiled = new Map<string, ValidateFunction>();
function compiledFor(id: string): ValidateFunction {
  let fn = compiled.get(id);
  if (!fn) {
    fn = standalone[id] ?? getAjv().getSchema(id);
    if (!fn) throw new Error(`unknown schema ${id}`);
    compiled.set(id, fn);
  }
  return fn;
}

/** The compiled validator of a record/document schema. */
export function validatorFor(name: SchemaName): ValidateFunction {
  return compiledFor(`${SCHEMA_BASE}${name}.schema.json`);
}

/** The compiled validator of a table's row schema. */
export function rowValidatorFor(table: TableName): ValidateFunction {
  return compiledFor(`${SCHEMA_BASE}rows/${table}.schema.json`);
}

export interface SchemaError {
  /** JSON Pointer to the offending value. */
  pointer: string;
  /** The JSON Schema keyword that failed (required, type, enum, additionalProperties …). */
  keyword: string;
  message: string;
}

function toSchemaError(e: ErrorObject): SchemaError {
  const extra =
    e.keyword === 'additionalProperties'
      ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'`
      : e.keyword === 'enum'
        ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
        : '';
  return { pointer: e.instancePath, keyword: e.keyword, message: `${e.message ?? e.keyword}${extra}` };
}

/** Validate data against a schema; returns every error (empty when valid). */
export function validateAgainst(name: SchemaName, data: unknown): SchemaError[] {
  const fn = validatorFor(name);
  return fn(data) ? [] : (fn.errors ?? []).map(toSchemaError);
}

/** Validate one row against its table's row schema; returns every error. */
export function validateRow(table: TableName, row: unknown): SchemaError[] {
  const fn = rowValidatorFor(table);
  return fn(row) ? [] : (fn.errors ?? []).map(toSchemaError);
}

/** Throw a one-line error naming the first problems when data is invalid. */
export function assertValid(name: SchemaName, data: unknown, where = name): void {
  const errors = validateAgainst(name, data);
  if (errors.length > 0) {
    const first = errors
      .slice(0, 3)
      .map((e) => `${e.pointer || '/'}: ${e.message}`)
      .join('; ');
    throw new Error(`${where}: invalid ${name} (${errors.length} error(s)): ${first}`);
  }
}
