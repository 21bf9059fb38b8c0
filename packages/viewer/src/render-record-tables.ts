import { wikidataUrl } from './build-record-details.js';
import { entityName, type RecordIndex } from './index-records.js';
import { renderDataTable } from './render-data-table.js';
import type { ReleaseTables } from './types.js';

/** Entities, quotes and events as sortable, filterable tables. */
export function renderRecordTables(tables: ReleaseTables, index: RecordIndex): string {
  const entities = renderDataTable({
    id: 'entities-table',
    title: 'Entities',
    columns: ['Name', 'Type', 'Wikidata', 'Mentions', 'Aliases', 'Id'],
    rows: tables.entities.map((e) => [
      { text: e.name },
      { text: e.type },
      { text: e.qid ?? '—', href: wikidataUrl(e.qid) },
      { text: String(e.mention_count), sort: e.mention_count },
      { text: e.aliases.join(', ') },
      { text: e.id, code: true },
    ]),
  });
  const quotes = renderDataTable({
    id: 'quotes-table',
    title: 'Quotes',
    columns: ['Quote', 'Speaker', 'Cue', 'Kind', 'Source', 'Id'],
    rows: tables.quotes.map((q) => [
      { text: q.text },
      { text: q.speaker_id ? entityName(index, q.speaker_id) : (q.speaker_description ?? '—') },
      { text: q.cue ?? '—' },
      { text: q.kind },
      { text: q.source_id },
      { text: q.id, code: true },
    ]),
  });
  const events = renderDataTable({
    id: 'events-table',
    title: 'Events',
    columns: ['Summary', 'Type', 'Date', 'Modality', 'Participants', 'Id'],
    rows: tables.events.map((ev) => [
      { text: ev.summary },
      { text: ev.type },
      { text: ev.date ?? 'undated' },
      { text: ev.modality },
      {
        text: (index.participants.get(ev.id) ?? [])
          .map((p) => `${entityName(index, p.entity_id)} (${p.role})`)
          .join(', '),
      },
      { text: ev.id, code: true },
    ]),
  });
  return entities + quotes + events;
}
