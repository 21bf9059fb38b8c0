import type { Curation, Event, EventRelation, Quote } from '@newsfacts/schemas';
import { nextSpanId, relationId } from '../stable-ids.js';
import type { Anchor, CurationContext } from './context.js';

type AddRecord = Extract<Curation['entries'][number], { op: 'add' }>['record'];
type SetFields = Extract<Curation['entries'][number], { op: 'set' }>['fields'];

/** Why a span id can vanish, and how to target the record so that it cannot. */
function goneHint(id: string): string {
  return /^(mention|quote|event):/u.test(id)
    ? ': the id is gone (span ids follow the record\'s words, docs/ids.md, so an edit inside them retires it); target it by words with "match": {"kind", "text"}'
    : '';
}

/** Remove a false positive of any kind, and every reference to it. */
export function dropRecord(ctx: CurationContext, id: string): void {
  if (ctx.entities.delete(id)) {
    ctx.retargetEntity(id, null);
    return;
  }
  for (const e of ctx.entities.values()) {
    const at = e.mentions.findIndex((m) => m.id === id);
    if (at >= 0) {
      e.mentions.splice(at, 1);
      return;
    }
  }
  if (ctx.quotes.delete(id) || ctx.relations.delete(id)) return;
  if (ctx.events.delete(id)) {
    for (const [rid, r] of ctx.relations) if (r.from === id || r.to === id) ctx.relations.delete(rid);
    return;
  }
  ctx.problem('curation/unmatched', `no record '${id}'${goneHint(id)}`);
}

export function mergeEvents(ctx: CurationContext, ids: string[], intoId: string, reason: string): void {
  const into = ctx.events.get(intoId);
  if (!into) {
    ctx.problem('curation/unmatched', `no event '${intoId}'`);
    return;
  }
  for (const id of ids) {
    const from = ctx.events.get(id);
    if (!from) {
      ctx.problem('curation/unmatched', `no event '${id}'`);
      continue;
    }
    into.evidence.push(...from.evidence);
    const have = new Set(into.participants.map((p) => `${p.entity} ${p.role}`));
    into.participants.push(...from.participants.filter((p) => !have.has(`${p.entity} ${p.role}`)));
    into.location ??= from.location;
    into.date ??= from.date;
    ctx.events.delete(id);
    for (const [rid, r] of [...ctx.relations]) {
      if (r.from !== id && r.to !== id) continue;
      ctx.relations.delete(rid);
      const moved = { ...r, from: r.from === id ? intoId : r.from, to: r.to === id ? intoId : r.to };
      if (moved.from === moved.to) continue;
      moved.id = relationId(moved.from, moved.type, moved.to);
      ctx.relations.set(moved.id, moved);
    }
    ctx.redirect(id, [intoId], 'event', `merge: ${reason}`);
  }
  ctx.note(into, 'merge', reason);
}

function anchorOf(record: AddRecord, key: 'anchor' | 'cue'): Anchor | undefined {
  return record[key] as Anchor | undefined;
}

type Provenance = ReturnType<CurationContext['curated']>;

/** The record an `add` entry describes, or null when its anchors do not resolve (already reported). */
function buildQuote(ctx: CurationContext, record: AddRecord, provenance: Provenance): Quote | null {
  const anchor = anchorOf(record, 'anchor');
  const ev = anchor ? ctx.resolve(anchor) : null;
  if (!ev || !record.kind) return null;
  const cueAnchor = anchorOf(record, 'cue');
  const cueEv = cueAnchor ? ctx.resolve(cueAnchor) : null;
  return {
    id: record.id ?? nextSpanId('quote', ev.source, ev, ctx.spansOf('quote', ev.source)),
    kind: record.kind,
    text: ev.exact.replace(/\s+/gu, ' ').trim(),
    evidence: ev,
    speaker: record.speaker ?? null,
    speaker_description: record.speaker_description ?? null,
    cue: cueEv ? { text: cueEv.exact, evidence: cueEv } : null,
    reported_by: record.reported_by ?? [],
    provenance,
  };
}

function buildEvent(ctx: CurationContext, record: AddRecord, provenance: Provenance): Event | null {
  const evidence = (record.evidence ?? []).map((a) => ctx.resolve(a as Anchor)).filter((e) => e !== null);
  const first = evidence[0];
  if (!first || evidence.length !== (record.evidence ?? []).length) return null;
  return {
    id: record.id ?? nextSpanId('event', first.source, first, ctx.spansOf('event', first.source)),
    type: (record.type ?? 'OTHER') as Event['type'],
    summary: record.summary ?? first.exact.replace(/\s+/gu, ' ').trim(),
    trigger: record.trigger ?? null,
    date: record.date ?? null,
    participants: record.participants ?? [],
    location: record.location ?? null,
    modality: record.modality ?? 'asserted',
    evidence,
    provenance,
  };
}

function buildRelation(
  ctx: CurationContext,
  record: AddRecord,
  provenance: Provenance,
): EventRelation | null {
  const anchor = anchorOf(record, 'anchor');
  const ev = anchor ? ctx.resolve(anchor) : null;
  if (!ev || !record.from || !record.to || !record.type) return null;
  const missing = [record.from, record.to].find((end) => !ctx.events.has(end));
  if (missing !== undefined) {
    ctx.problem('curation/unmatched', `no event '${missing}'`);
    return null;
  }
  return {
    id: record.id ?? relationId(record.from, record.type, record.to),
    from: record.from,
    to: record.to,
    type: record.type as EventRelation['type'],
    evidence: ev,
    provenance,
  };
}

/** Store a new record under its id; an id already taken is a conflict. */
function insertNew<T extends { id: string }>(
  ctx: CurationContext,
  kind: string,
  map: Map<string, T>,
  record: T | null,
): void {
  if (!record) return;
  if (map.has(record.id)) {
    ctx.problem('curation/conflict', `${kind} '${record.id}' already exists`);
    return;
  }
  map.set(record.id, record);
}

export function addRecord(
  ctx: CurationContext,
  kind: 'quote' | 'event' | 'relation',
  record: AddRecord,
  reason: string,
): void {
  const provenance = ctx.curated('add', reason);
  if (kind === 'quote') insertNew(ctx, kind, ctx.quotes, buildQuote(ctx, record, provenance));
  else if (kind === 'event') insertNew(ctx, kind, ctx.events, buildEvent(ctx, record, provenance));
  else insertNew(ctx, kind, ctx.relations, buildRelation(ctx, record, provenance));
}

const QUOTE_FIELDS = new Set(['kind', 'speaker', 'speaker_description', 'reported_by']);
const EVENT_FIELDS = new Set(['type', 'date', 'modality', 'participants', 'location', 'summary']);

/** Fix fields of a quote or an event. */
export function setFields(ctx: CurationContext, id: string, fields: SetFields, reason: string): void {
  const quote = ctx.quotes.get(id);
  const event = ctx.events.get(id);
  const target = quote ?? event;
  if (!target) {
    ctx.problem('curation/unmatched', `no quote or event '${id}'${goneHint(id)}`);
    return;
  }
  const allowed = quote ? QUOTE_FIELDS : EVENT_FIELDS;
  const wrong = Object.keys(fields).filter((k) => !allowed.has(k));
  if (wrong.length > 0) {
    ctx.problem(
      'curation/conflict',
      `'${id}' is a ${quote ? 'quote' : 'event'}: cannot set ${wrong.join(', ')}`,
    );
    return;
  }
  Object.assign(target, structuredClone(fields));
  ctx.note(target, 'set', reason);
}
