import { compareSpans, compareStrings, isSorted } from '@newsfacts/evidence';
import type {
  Dataset,
  Entity,
  EntityRow,
  EventEvidenceRow,
  EventParticipantRow,
  EventRelationRow,
  EventRow,
  MentionRow,
  Provenance,
  QuoteRow,
  SourceRow,
  Tables,
} from '@newsfacts/schemas';

export type { Tables };

// Each row is built as one object literal with its columns in table order: spreading shared column
// groups into it (span, provenance) made two throw-away objects per row and measured 2-3× slower.
// A span's context missing at the text's edge is null, never "": an empty cell means null in every reader.

function bySpan(a: { source_id: string; start: number; end: number }, b: typeof a): number {
  return compareStrings(a.source_id, b.source_id) || a.start - b.start || a.end - b.end;
}

/** `rows` in `compare`'s order, sorted in place unless they already are (most are: documents are kept sorted). */
function sortRows<T>(rows: T[], compare: (a: T, b: T) => number): T[] {
  return isSorted(rows, compare) ? rows : rows.sort(compare);
}

function curationColumn(p: Provenance): EntityRow['curation'] {
  return p.changes.map((c) => ({ op: c.op, entry: c.entry, note: c.note }));
}

/** An entity's row; `mentionCount` is given apart for writers that do not keep the mentions. */
export function entityRow(e: Entity, mentionCount: number): EntityRow {
  const p = e.provenance;
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [...e.aliases],
    qid: e.qid,
    iso3166_1_alpha2: e.iso3166_1_alpha2,
    mention_count: mentionCount,
    method: p.method,
    rule: p.rule,
    confidence: p.confidence,
    generator: p.generator,
    curation: curationColumn(p),
  };
}

function sourceRow(s: Dataset['sources'][number], textPath: string | null): SourceRow {
  const p = s.provenance;
  return {
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
    text_path: textPath,
    method: p.method,
    rule: p.rule,
    confidence: p.confidence,
    generator: p.generator,
    curation: curationColumn(p),
  };
}

function sourceRows(dataset: Dataset, textPaths: ReadonlyMap<string, string | null>): SourceRow[] {
  const rows = dataset.sources.map((s) => sourceRow(s, textPaths.get(s.id) ?? null));
  return sortRows(rows, (a, b) => compareStrings(a.id, b.id));
}

function mentionRow(e: Entity, m: Entity['mentions'][number]): MentionRow {
  const v = m.evidence;
  const p = m.provenance;
  return {
    id: m.id,
    entity_id: e.id,
    form: m.form,
    source_id: v.source,
    start: v.start,
    end: v.end,
    exact: v.exact,
    prefix: v.prefix || null,
    suffix: v.suffix || null,
    method: p.method,
    rule: p.rule,
    confidence: p.confidence,
    generator: p.generator,
    curation: curationColumn(p),
  };
}

function entityAndMentionRows(dataset: Dataset): { entities: EntityRow[]; mentions: MentionRow[] } {
  const entities: EntityRow[] = [];
  const mentions: MentionRow[] = [];
  for (const e of dataset.entities) {
    entities.push(entityRow(e, e.mentions.length));
    for (const m of e.mentions) mentions.push(mentionRow(e, m));
  }
  sortRows(entities, (a, b) => compareStrings(a.id, b.id));
  sortRows(mentions, (a, b) => bySpan(a, b) || compareStrings(a.id, b.id));
  return { entities, mentions };
}

function quoteRow(q: Dataset['quotes'][number]): QuoteRow {
  const v = q.evidence;
  const p = q.provenance;
  return {
    id: q.id,
    kind: q.kind,
    text: q.text,
    source_id: v.source,
    start: v.start,
    end: v.end,
    exact: v.exact,
    prefix: v.prefix || null,
    suffix: v.suffix || null,
    speaker_id: q.speaker,
    speaker_description: q.speaker_description,
    cue: q.cue?.text ?? null,
    cue_start: q.cue?.evidence.start ?? null,
    cue_end: q.cue?.evidence.end ?? null,
    reported_by: q.reported_by.map((r) => r.entity ?? `~${r.description ?? ''}`),
    method: p.method,
    rule: p.rule,
    confidence: p.confidence,
    generator: p.generator,
    curation: curationColumn(p),
  };
}

function quoteRows(dataset: Dataset): QuoteRow[] {
  return sortRows(dataset.quotes.map(quoteRow), (a, b) => bySpan(a, b) || compareStrings(a.id, b.id));
}

type Event = Dataset['events'][number];

function eventRow(v: Event): EventRow {
  const p = v.provenance;
  return {
    id: v.id,
    type: v.type,
    summary: v.summary,
    trigger: v.trigger,
    date: v.date,
    location_id: v.location,
    modality: v.modality,
    source_id: v.evidence[0]!.source,
    evidence_count: v.evidence.length,
    method: p.method,
    rule: p.rule,
    confidence: p.confidence,
    generator: p.generator,
    curation: curationColumn(p),
  };
}

function eventEvidenceRow(v: Event, ordinal: number): EventEvidenceRow {
  const e = v.evidence[ordinal]!;
  return {
    event_id: v.id,
    ordinal,
    source_id: e.source,
    start: e.start,
    end: e.end,
    exact: e.exact,
    prefix: e.prefix || null,
    suffix: e.suffix || null,
  };
}

const ROLE_ORDER = { actor: 0, target: 1, other: 2 } as const;

function byRole(a: Event['participants'][number], b: typeof a): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || compareStrings(a.entity, b.entity);
}

function eventRows(dataset: Dataset) {
  const events: EventRow[] = [];
  const eventEvidence: EventEvidenceRow[] = [];
  const participants: EventParticipantRow[] = [];
  // The order of sortDataset (end included), so that fromRows(toRows(d)) gives d back.
  const sortedEvents = sortRows(
    [...dataset.events],
    (a, b) => compareSpans(a.evidence[0]!, b.evidence[0]!) || compareStrings(a.id, b.id),
  );
  for (const v of sortedEvents) {
    events.push(eventRow(v));
    for (let ordinal = 0; ordinal < v.evidence.length; ordinal++)
      eventEvidence.push(eventEvidenceRow(v, ordinal));
    for (const p of sortRows([...v.participants], byRole))
      participants.push({ event_id: v.id, entity_id: p.entity, role: p.role });
  }
  return { events, event_evidence: eventEvidence, event_participants: participants };
}

function relationRow(r: Dataset['relations'][number]): EventRelationRow {
  const v = r.evidence;
  const p = r.provenance;
  return {
    id: r.id,
    from_event_id: r.from,
    to_event_id: r.to,
    type: r.type,
    source_id: v.source,
    start: v.start,
    end: v.end,
    exact: v.exact,
    prefix: v.prefix || null,
    suffix: v.suffix || null,
    method: p.method,
    rule: p.rule,
    confidence: p.confidence,
    generator: p.generator,
    curation: curationColumn(p),
  };
}

function relationRows(dataset: Dataset): EventRelationRow[] {
  return sortRows(dataset.relations.map(relationRow), (a, b) => compareStrings(a.id, b.id));
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
