import { type CodePointText, indexCodePoints, makeEvidence } from '@newsfacts/evidence';
import type { Dataset, Evidence, Provenance, Texts } from '@newsfacts/schemas';
import type { Tables } from './to-rows.js';

type ProvenanceColumns = Pick<
  Tables['entities'][number],
  'method' | 'rule' | 'confidence' | 'generator' | 'curation'
>;

function provenanceOf(r: ProvenanceColumns): Provenance {
  return {
    method: r.method,
    rule: r.rule,
    confidence: r.confidence,
    generator: r.generator,
    changes: r.curation.map((c) => ({
      op: c.op as Provenance['changes'][number]['op'],
      entry: c.entry,
      note: c.note,
    })),
  };
}

function evidenceOf(r: {
  source_id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string | null;
  suffix: string | null;
}): Evidence {
  return {
    source: r.source_id,
    start: r.start,
    end: r.end,
    exact: r.exact,
    prefix: r.prefix ?? '',
    suffix: r.suffix ?? '',
  };
}

/** Evidence for a span known only by offsets (the cue of a quote), rebuilt from the source text. */
function evidenceAt(
  source: string,
  start: number,
  end: number,
  texts: Texts,
  indexed: Map<string, CodePointText>,
): Evidence {
  const text = texts.get(source);
  let cps = indexed.get(source) ?? null;
  if (!cps && text !== undefined) {
    cps = indexCodePoints(text);
    indexed.set(source, cps);
  }
  // A tampered or text-less release still reads; validation reports the span afterwards.
  if (!cps || !(start >= 0 && end > start && end <= cps.length))
    return { source, start, end, exact: '', prefix: '', suffix: '' };
  return makeEvidence(source, cps, start, end);
}

/** Rows grouped by a key, in their order (linear: lists are appended to, never copied). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** Rebuild nested records from published tables (the inverse of toRows, given the source texts). */
export function fromRows(t: Tables, texts: Texts = new Map()): Dataset {
  const mentionsBy = groupBy(t.mentions, (m) => m.entity_id);
  const evidenceBy = groupBy(t.event_evidence, (e) => e.event_id);
  const participantsBy = groupBy(t.event_participants, (p) => p.event_id);
  const indexed = new Map<string, CodePointText>();

  return {
    sources: t.sources.map((s) => ({
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
      provenance: provenanceOf(s),
    })),
    entities: t.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases],
      qid: e.qid,
      iso3166_1_alpha2: e.iso3166_1_alpha2,
      mentions: (mentionsBy.get(e.id) ?? []).map((m) => ({
        id: m.id,
        form: m.form,
        evidence: evidenceOf(m),
        provenance: provenanceOf(m),
      })),
      provenance: provenanceOf(e),
    })),
    quotes: t.quotes.map((q) => ({
      id: q.id,
      kind: q.kind,
      text: q.text,
      evidence: evidenceOf(q),
      speaker: q.speaker_id,
      speaker_description: q.speaker_description,
      cue:
        q.cue !== null && q.cue_start !== null && q.cue_end !== null
          ? { text: q.cue, evidence: evidenceAt(q.source_id, q.cue_start, q.cue_end, texts, indexed) }
          : null,
      reported_by: q.reported_by.map((r) =>
        r.startsWith('~') ? { entity: null, description: r.slice(1) } : { entity: r, description: null },
      ),
      provenance: provenanceOf(q),
    })),
    events: t.events.map((v) => ({
      id: v.id,
      type: v.type,
      summary: v.summary,
      trigger: v.trigger,
      date: v.date,
      participants: (participantsBy.get(v.id) ?? []).map((p) => ({ entity: p.entity_id, role: p.role })),
      location: v.location_id,
      modality: v.modality,
      evidence: (evidenceBy.get(v.id) ?? []).sort((a, b) => a.ordinal - b.ordinal).map(evidenceOf),
      provenance: provenanceOf(v),
    })),
    relations: t.event_relations.map((r) => ({
      id: r.id,
      from: r.from_event_id,
      to: r.to_event_id,
      type: r.type,
      evidence: evidenceOf(r),
      provenance: provenanceOf(r),
    })),
    redirects: t.redirects.map((r) => ({ ...r })),
  };
}
