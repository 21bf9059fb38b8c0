import type { TableName } from '@newsfacts/schemas';
import { compareStrings, type Tables } from '@newsfacts/tables';
import type { PageSample } from '@newsfacts/viewer';

/**
 * The release page embeds every record of the sources it shows, so it shows at most this many: the
 * first by id. Up to this size it is the whole release; above it, a browsable sample (the data files
 * hold everything).
 */
export const PAGE_SOURCES = 50;

/** Source ids the page shows, from every source id of the release. */
function pageSourceIds(ids: Iterable<string>): Set<string> {
  return new Set([...ids].sort(compareStrings).slice(0, PAGE_SOURCES));
}

/**
 * The rows the page shows: `tables` (the whole release, or at least every row of the shown sources and
 * every entity) cut to the shown sources and the entities they refer to. Small releases pass through.
 */
export function samplePageTables(
  tables: Tables,
  counts: Readonly<Record<TableName, number>>,
): { tables: Tables; sample: PageSample | null } {
  if (counts.sources <= PAGE_SOURCES) return { tables, sample: null };
  const shown = pageSourceIds(tables.sources.map((s) => s.id));
  const inShown = (r: { source_id: string }) => shown.has(r.source_id);
  const events = tables.events.filter(inShown);
  const eventIds = new Set(events.map((e) => e.id));
  const ofEvent = (r: { event_id: string }) => eventIds.has(r.event_id);
  const mentions = tables.mentions.filter(inShown);
  const quotes = tables.quotes.filter(inShown);
  const participants = tables.event_participants.filter(ofEvent);
  const used = new Set<string>();
  for (const m of mentions) used.add(m.entity_id);
  for (const q of quotes) {
    if (q.speaker_id) used.add(q.speaker_id);
    for (const r of q.reported_by) used.add(r);
  }
  for (const p of participants) used.add(p.entity_id);
  for (const e of events) if (e.location_id) used.add(e.location_id);
  return {
    tables: {
      sources: tables.sources.filter((s) => shown.has(s.id)),
      entities: tables.entities.filter((e) => used.has(e.id)),
      mentions,
      quotes,
      events,
      event_evidence: tables.event_evidence.filter(ofEvent),
      event_participants: participants,
      event_relations: tables.event_relations.filter(
        (r) => eventIds.has(r.from_event_id) && eventIds.has(r.to_event_id),
      ),
      redirects: tables.redirects.filter((r) => used.has(r.new_id)),
    },
    sample: { shown: shown.size, counts },
  };
}
