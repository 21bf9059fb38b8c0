import type { TableName } from '@newsfacts/schemas';
import type { Kind, Locate } from '../dataset/context.js';
import type { Row } from '../tables/read-tables.js';

/** Record fields → row columns, for pointers into the table files. */
const COLUMNS: Record<string, string> = {
  '/evidence/source': '/source_id',
  '/evidence/start': '/start',
  '/evidence/end': '/end',
  '/evidence/exact': '/exact',
  '/evidence/prefix': '/prefix',
  '/evidence/suffix': '/suffix',
  '/evidence': '',
  '/cue/evidence': '/cue_start',
  '/cue/evidence/source': '/source_id',
  '/speaker': '/speaker_id',
  '/location': '/location_id',
  '/from': '/from_event_id',
  '/to': '/to_event_id',
};

const TABLE_OF: Record<Kind, TableName> = {
  sources: 'sources',
  entities: 'entities',
  quotes: 'quotes',
  events: 'events',
  relations: 'event_relations',
  redirects: 'redirects',
};

function column(rest: string): string {
  if (rest.startsWith('/cue/evidence/')) return '/cue_start';
  if (rest.startsWith('/reported_by/')) return '/reported_by';
  return COLUMNS[rest] ?? rest;
}

/**
 * Problems found on rebuilt records point back at the JSON table rows they came from. `rowsOf[kind]` maps a
 * record's index to its JSON row index; nested parts are found by id (mentions) or by event and order.
 */
export function locateInTables(
  rowsOf: Record<Kind, number[]>,
  tables: Map<TableName, { rows: Row[]; valid: number[] }>,
  /** Index in the file of the first row of `tables` (the streaming check passes one source's rows). */
  offsets: Partial<Record<TableName, number>> = {},
): Locate {
  const index = (table: TableName, key: (r: Row) => string) => {
    const m = new Map<string, number>();
    const t = tables.get(table);
    for (const i of t?.valid ?? []) m.set(key(t!.rows[i]!), i + (offsets[table] ?? 0));
    return m;
  };
  const mentions = index('mentions', (r) => String(r.id));
  const evidence = index('event_evidence', (r) => `${String(r.event_id)}#${String(r.ordinal)}`);
  return (kind, i, rest, record) => {
    if (kind === 'entities' && rest.startsWith('/mentions/')) {
      const tail = rest.replace(/^\/mentions\/\d+/, '');
      const row = mentions.get(record ?? '');
      return {
        file: 'data/mentions.json',
        record,
        pointer: row === undefined ? null : `/${row}${column(tail)}`,
      };
    }
    if (kind === 'events' && rest.startsWith('/evidence/')) {
      const [, , ordinal = '', ...more] = rest.split('/');
      const row = evidence.get(`${record}#${ordinal}`);
      const tail = more.length ? `/${more.join('/')}` : '';
      return {
        file: 'data/event_evidence.json',
        record,
        pointer: row === undefined ? null : `/${row}${tail === '/source' ? '/source_id' : tail}`,
      };
    }
    if (kind === 'events' && rest.startsWith('/participants/'))
      return { file: 'data/event_participants.json', record, pointer: null };
    const row = rowsOf[kind][i];
    return {
      file: `data/${TABLE_OF[kind]}.json`,
      record,
      pointer: row === undefined ? null : `/${row}${column(rest)}`,
    };
  };
}
