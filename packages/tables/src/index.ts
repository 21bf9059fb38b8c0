/** Re-exported for callers that order rows; defined in @newsfacts/evidence. */
export { compareStrings } from '@newsfacts/evidence';
export type { CsvProblem } from './csv.js';
export { decodeCsv, encodeCsv, encodeCsvHeader, encodeCsvRows, protectCell, unprotectCell } from './csv.js';
export { fromRows } from './from-rows.js';
export { encodeJson, encodeJsonl } from './json.js';
export type { Field, TableSchema } from './table-schema.js';
export { columnsOf, tableSchemaFor } from './table-schema.js';
export type { Tables } from './to-rows.js';
export { entityRow, toRows } from './to-rows.js';
