import { compareSpans, compareStrings } from '@newsfacts/evidence';
import type {
  Dataset,
  Entity,
  EntityRow,
  EventEvidenceRow,
  EventParticipantRow,
  EventRelationRow,
  EventRow,
  Evidence,
  MentionRow,
  Provenance,
  QuoteRow,
  SourceRow,
  Tables,
} from '@newsfacts/schemas';

export type { Tables };

function bySpan(a: { source_id: string; start: number; end: number }, b: typeof a): number {
  return compareStrings(a.source_id, b.source_id) || a.start - b.start || a.end - b.end;
}

function provenanceColumns(p: Provenance) {
  return {
    method: p.method,
    rule: p.rule,
    confidence: p.confidence,
    generator: p.generator,
    curation: p.changes.map((c) => ({ op: c.op, entry: c.entry, note: c.note })),
  };
}

function spanColumns(e: Evidence) {
  return {
    source_id: e.source,
    start: e.start,
    end: e.end,
    exact: e.exact,
    // An empty cell means null in every reader, so context missing at the text's edge is null, never "".
    prefix: e.prefix || null,
    suffix: e.suffix || null,
  };
}

/** An entity's row; `mentionCount` is given apart for writers that do not keep the mentions. */
export function entityRow(e: Entity, mentionCount: number): EntityRow {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [...e.aliases],
    qid: e.qid,
    iso3166_1_alpha2: e.iso3166_1_alpha2,
    mention_count: mentionCount,
    ...provenanceColumns(e.provenance),
  };
}

function sourceRows(dataset: Dataset, textPaths: ReadonlyMap<string, string | null>): SourceRow[] {
  return dataset.sources
    .map((s) => ({
      id: s.id,
      title: s.title,
      outlet: s.outlet,
      authors: [...s.authors],
      published: s.published,
      url: s.url,
      language: s.language,
      license: s.license,
      license_note: s.license_note,
      attribution: s.attribution,
      redistributable: s.redistributable,
      sha256: s.sha256,
      length: s.length,
      text_path: textPaths.get(s.id) ?? null,
      ...provenanceColumns(s.provenance),
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

function entityAndMentionRows(dataset: Dataset): { entities: EntityRow[]; mentions: MentionRow[] } {
  const entities: EntityRow[] = [];
  const mentions: MentionRow[] = [];
  for (const e of dataset.entities) {
    entities.push(entityRow(e, e.mentions.length));
    for (const m of e.mentions) {
      mentions.push({
        id: m.id,
        entity_id: e.id,
        form: m.form,
        ...spanColumns(m.evidence),
        ...provenanceColumns(m.provenance),
      });
    }
  }
  entities.sort((a, b) => compareStrings(a.id, b.id));
  mentions.sort((a, b) => bySpan(a, b) || compareStrings(a.id, b.id));
  return { entities, mentions };
}

function quoteRows(dataset: Dataset): QuoteRow[] {
  return dataset.quotes
    .map((q) => ({
      id: q.id,
      kind: q.kind,
      text: q.text,
      ...spanColumns(q.evidence),
      speaker_id: q.speaker,
      speaker_description: q.speaker_description,
      cue: q.cue?.text ?? null,
      cue_start: q.cue?.evidence.start ?? null,
      cue_end: q.cue?.evidence.end ?? null,
      reported_by: q.reported_by.map((r) => r.entity ?? `~${r.description ?? ''}`),
      ...provenanceColumns(q.provenance),
    }))
    .sort((a, b) => bySpan(a, b) || compareStrings(a.id, b.id));
}

const ROLE_ORDER = { actor: 0, target: 1, other: 2 } as const;

function eventRows(dataset: Dataset) {
  const events: EventRow[] = [];
  const eventEvidence: EventEvidenceRow[] = [];
  const participants: EventParticipantRow[] = [];
  // The order of sortDataset (end included), so that fromRows(toRows(d)) gives d back.
  const sortedEvents = [...dataset.events].sort(
    (a, b) => compareSpans(a.evidence[0]!, b.evidence[0]!) || compareStrings(a.id, b.id),
  );
  for (const v of sortedEvents) {
    events.push({
      id: v.id,
      type: v.type,
      summary: v.summary,
      trigger: v.trigger,
      date: v.date,
      location_id: v.location,
      modality: v.modality,
      source_id: v.evidence[0]!.source,
      evidence_count: v.evidence.length,
      ...provenanceColumns(v.provenance),
    });
    v.evidence.forEach((e, ordinal) => {
      eventEvidence.push({ event_id: v.id, ordinal, ...spanColumns(e) });
    });
    for (const p of [...v.participants].sort(
      (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || compareStrings(a.entity, b.entity),
    )) {
      participants.push({ event_id: v.id, entity_id: p.entity, role: p.role });
    }
  }
  return { events, event_evidence: eventEvidence, event_participants: participants };
}

function relationRows(dataset: Dataset): EventRelationRow[] {
  return dataset.relations
    .map((r) => ({
      id: r.id,
      from_event_id: r.from,
      to_event_id: r.to,
      type: r.type,
      ...spanColumns(r.evidence),
      ...provenanceColumns(r.provenance),
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

/** Flatten a dataset into its published tables, each in a fixed row and column order. */
export function toRows(dataset: Dataset, textPaths: ReadonlyMap<string, string | null> = new Map()): Tables {
  const redirects = [...dataset.redirects].sort(
    (a, b) => compareStrings(a.old_id, b.old_id) || compareStrings(a.new_id, b.new_id),
  );
  return {
    sources: sourceRows(dataset, textPaths),
    ...entityAndMentionRows(dataset),
    quotes: quoteRows(dataset),
    ...eventRows(dataset),
    event_relations: relationRows(dataset),
    redirects: redirects.map((r) => ({
      old_id: r.old_id,
      new_id: r.new_id,
      kind: r.kind,
      reason: r.reason,
    })),
  };
}
