export type { SchemaError } from './ajv.js';
export {
  assertValid,
  getAjv,
  loadStandalone,
  newAjv,
  rowValidatorFor,
  validateAgainst,
  validateRow,
  validatorFor,
} from './ajv.js';
export type { JsonSchema, SchemaName, TableName } from './catalog.js';
export { loadSchemas, SCHEMA_BASE, SCHEMA_NAMES, SCHEMA_VERSION, schemaDir, TABLE_NAMES } from './catalog.js';
export type { Dataset, Tables, Texts } from './dataset.js';
export type * from './generated/types.js';
export { GENERATOR } from './generator.js';
export { compareVersions, parseVersion } from './version-order.js';
