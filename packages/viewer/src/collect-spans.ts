import { entityName, type RecordIndex } from './index-records.js';
import type { Span } from './nest-spans.js';

const TYPE_TAGS: Record<string, string> = { person: 'PER', organization: 'ORG', location: 'LOC' };

/** Every mention, quote and event evidence span of one source, as highlights. */
export function collectSpans(index: RecordIndex, sourceId: string): Span[] {
  const spans: Span[] = [];
  const rows = index.bySource.get(sourceId) ?? { mentions: [], quotes: [], evidence: [] };
  for (const row of rows.mentions) {
    const entity = index.entities.get(row.entity_id);
    const type = entity?.type ?? 'unknown';
    spans.push({
      id: row.id,
      kind: 'mention',
      start: row.start,
      end: row.end,
      tag: TYPE_TAGS[type] ?? 'ENT',
      label: `Mention of ${entity?.name ?? row.entity_id} (${type})`,
      variant: `type-${type}`,
      ordinal: null,
    });
  }
  for (const row of rows.quotes) {
    const speaker = row.speaker_id
      ? entityName(index, row.speaker_id)
      : (row.speaker_description ?? 'unknown speaker');
    spans.push({
      id: row.id,
      kind: 'quote',
      start: row.start,
      end: row.end,
      tag: 'QUOTE',
      label: `Quote (${row.kind}) by ${speaker}`,
      variant: `quote-${row.kind}`,
      ordinal: null,
    });
  }
  for (const row of rows.evidence) {
    const event = index.events.get(row.event_id);
    spans.push({
      id: row.event_id,
      kind: 'event',
      start: row.start,
      end: row.end,
      tag: 'EVENT',
      label: `Event ${event?.type ?? ''}: ${event?.summary ?? row.event_id}`,
      variant: `modality-${event?.modality ?? 'unknown'}`,
      ordinal: row.ordinal,
    });
  }
  return spans;
}
