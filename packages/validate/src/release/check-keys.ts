import type { TableName } from '@newsfacts/schemas';
import { tableSchemaFor } from '@newsfacts/tables';
import { makeProblem, type Problem } from '../problem.js';
import type { TableData } from './check-tables.js';

/** Tables whose rows become parts of records: fromRows would drop orphans and merge duplicates silently. */
const CHILD_TABLES: [TableName, string, TableName][] = [
  ['mentions', 'entity_id', 'entities'],
  ['event_evidence', 'event_id', 'events'],
  ['event_participants', 'event_id', 'events'],
];
const KEYED_TABLES: TableName[] = ['event_evidence', 'event_participants', 'redirects'];

/** Primary keys of the tables without a record id, and parents of child rows. */
export function checkKeys(
  tables: Map<TableName, Pick<TableData, 'rows' | 'valid'>>,
  out: Problem[],
  opts: {
    /** Index in the file of each table's first row (the streaming check passes one source's rows). */
    offsets?: Partial<Record<TableName, number>>;
    /** Parent ids known beforehand, instead of the parent table's rows. */
    parents?: Partial<Record<TableName, ReadonlySet<unknown>>>;
  } = {},
): void {
  const at = (table: TableName, i: number) => i + (opts.offsets?.[table] ?? 0);
  for (const table of KEYED_TABLES) {
    const data = tables.get(table);
    if (!data) continue;
    const key = tableSchemaFor(table).primaryKey;
    const seen = new Set<string>();
    for (const i of data.valid) {
      const value = JSON.stringify(key.map((k) => data.rows[i]?.[k]));
      if (seen.has(value))
        out.push(
          makeProblem(
            'table/duplicate-key',
            { file: `data/${table}.json`, pointer: `/${at(table, i)}` },
            { table, key: value },
          ),
        );
      seen.add(value);
    }
  }
  for (const [table, column, parent] of CHILD_TABLES) {
    const data = tables.get(table);
    const parents = opts.parents?.[parent] ?? new Set((tables.get(parent)?.rows ?? []).map((r) => r?.id));
    if (!data) continue;
    for (const i of data.valid) {
      const id = data.rows[i]?.[column];
      if (!parents.has(id))
        out.push(
          makeProblem(
            'table/unknown-parent',
            { file: `data/${table}.json`, pointer: `/${at(table, i)}/${column}` },
            { table, column, id: String(id) },
          ),
        );
    }
  }
}
