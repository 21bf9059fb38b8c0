import { compareStrings } from './compare.js';
import { daysMemo, describeDate } from './describe-date.js';
import { entityName, type RecordIndex } from './index-records.js';
import type { ReleaseTables } from './types.js';

/** One line of the details panel: label, value, optional https link. */
type DetailField = [label: string, value: string, href: string | null];

interface RecordDetails {
  title: string;
  fields: DetailField[];
}

/** What the client script shows for each highlight, by kind then record id. */
export interface DetailsData {
  mention: Record<string, RecordDetails>;
  quote: Record<string, RecordDetails>;
  event: Record<string, RecordDetails>;
}

const QID = /^Q[1-9][0-9]*$/;

export function wikidataUrl(qid: string | null): string | null {
  return qid !== null && QID.test(qid) ? `https://www.wikidata.org/wiki/${qid}` : null;
}

function provenance(row: { method: string; rule: string | null; confidence: number }): DetailField {
  return [
    'Provenance',
    `${row.method}${row.rule ? ` (${row.rule})` : ''}, confidence ${row.confidence}`,
    null,
  ];
}

export function buildRecordDetails(tables: ReleaseTables, index: RecordIndex): DetailsData {
  const data: DetailsData = { mention: {}, quote: {}, event: {} };
  for (const row of tables.mentions) {
    const entity = index.entities.get(row.entity_id);
    data.mention[row.id] = {
      title: entity?.name ?? row.entity_id,
      fields: [
        ['Id', row.id, null],
        ['Entity', row.entity_id, null],
        ['Type', entity?.type ?? 'unknown', null],
        ['Canonical name', entity?.name ?? 'unknown', null],
        ['Wikidata', entity?.qid ?? 'none', wikidataUrl(entity?.qid ?? null)],
        ['Form', row.form, null],
        ['Text', `${row.exact} [${row.start}–${row.end})`, null],
        provenance(row),
      ],
    };
  }
  for (const row of tables.quotes) {
    const speaker = row.speaker_id
      ? entityName(index, row.speaker_id)
      : (row.speaker_description ?? 'unknown');
    const speakerQid = row.speaker_id ? (index.entities.get(row.speaker_id)?.qid ?? null) : null;
    data.quote[row.id] = {
      title: `Quote by ${speaker}`,
      fields: [
        ['Id', row.id, null],
        ['Kind', row.kind, null],
        ['Speaker', speaker, wikidataUrl(speakerQid)],
        ['Cue', row.cue ?? 'none', null],
        ['Reported by', row.reported_by.map((id) => entityName(index, id)).join(' ← ') || 'none', null],
        ['Text', row.text, null],
        provenance(row),
      ],
    };
  }
  const daysOf = daysMemo();
  for (const row of tables.events) {
    const names = [...(index.participants.get(row.id) ?? [])]
      .sort((a, b) => compareStrings(a.role, b.role) || compareStrings(a.entity_id, b.entity_id))
      .map((p) => `${entityName(index, p.entity_id)} (${p.role})`);
    const relations = (index.relations.get(row.id) ?? []).map((r) => {
      const from = index.events.get(r.from_event_id)?.summary ?? r.from_event_id;
      const to = index.events.get(r.to_event_id)?.summary ?? r.to_event_id;
      return `${from} —${r.type}→ ${to}`;
    });
    data.event[row.id] = {
      title: row.summary,
      fields: [
        ['Id', row.id, null],
        ['Type', row.type, null],
        ['Date', describeDate(row.date, daysOf), null],
        ['Modality', row.modality, null],
        ['Participants', names.join(', ') || 'none', null],
        ['Location', row.location_id ? entityName(index, row.location_id) : 'none', null],
        ['Trigger', row.trigger ?? 'none', null],
        ['Relations', relations.join('; ') || 'none', null],
        provenance(row),
      ],
    };
  }
  return data;
}
