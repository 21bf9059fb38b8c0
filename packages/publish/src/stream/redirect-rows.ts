import type { TalliedEntity } from '@newsfacts/normalize';
import type { Dataset, RedirectRow, TableName } from '@newsfacts/schemas';
import { encodeCsvRows, toRows } from '@newsfacts/tables';
import type { TableWriter } from './table-writer.js';

/** What a curation of a streamed release gives the stream: its entity table and its redirects. */
export interface CuratedEntities {
  entities: TalliedEntity[];
  redirects: Dataset['redirects'];
}

const EMPTY: Dataset = { sources: [], entities: [], quotes: [], events: [], relations: [], redirects: [] };

/** The redirects table (a curation's, in toRows' order; empty without curation), page rows and count. */
export function writeRedirects(
  w: TableWriter,
  curated: CuratedEntities | null,
  sink: { page: { redirects: RedirectRow[] }; counts: Record<TableName, number> },
): TableWriter {
  const rows = toRows({ ...EMPTY, redirects: curated?.redirects ?? [] }).redirects;
  w.add(rows.map((r) => `${JSON.stringify(r)}\n`).join(''), encodeCsvRows('redirects', rows));
  sink.page.redirects.push(...rows);
  sink.counts.redirects = rows.length;
  return w;
}
