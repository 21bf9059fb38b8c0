import type { Entity } from '@newsfacts/schemas';
import { entityId, nextSpanId } from '../stable-ids.js';
import type { Anchor, CurationContext } from './context.js';

function entityOr(ctx: CurationContext, id: string): Entity | null {
  const e = ctx.entities.get(id);
  if (!e) ctx.problem('curation/unmatched', `no entity '${id}'`);
  return e ?? null;
}

/** Fold entity `from` into `into`: mentions, names, references; the old id redirects. */
function foldEntity(
  ctx: CurationContext,
  from: Entity,
  into: Entity,
  why: string,
  op: 'merge' | 'link',
): void {
  const seen = new Set(into.mentions.map((m) => m.id));
  into.mentions.push(...from.mentions.filter((m) => !seen.has(m.id)));
  into.aliases = [...new Set([...into.aliases, from.name, ...from.aliases])];
  ctx.foldElsewhere(from, into);
  ctx.entities.delete(from.id);
  ctx.retargetEntity(from.id, into.id);
  ctx.redirect(from.id, [into.id], 'entity', `${op}: ${why}`);
}

export function mergeEntities(ctx: CurationContext, ids: string[], intoId: string, reason: string): void {
  const into = entityOr(ctx, intoId);
  if (!into) return;
  for (const id of ids) {
    const from = entityOr(ctx, id);
    if (from && from !== into) foldEntity(ctx, from, into, reason, 'merge');
  }
  ctx.note(into, 'merge', reason);
}

export function renameEntity(ctx: CurationContext, id: string, name: string, reason: string): void {
  const e = entityOr(ctx, id);
  if (!e) return;
  e.aliases = [...e.aliases, e.name];
  e.name = name;
  ctx.note(e, 'rename', reason);
}

export function retypeEntity(ctx: CurationContext, id: string, type: Entity['type'], reason: string): void {
  const e = entityOr(ctx, id);
  if (!e) return;
  e.type = type;
  ctx.note(e, 'retype', reason);
}

/** Set (or clear) the QID; a linked entity takes its QID as id, and the old id redirects to it. */
export function linkEntityQid(ctx: CurationContext, id: string, qid: string | null, reason: string): void {
  const e = entityOr(ctx, id);
  if (!e) return;
  e.qid = qid;
  ctx.note(e, 'link', reason);
  if (qid === null || e.id === qid) return;
  const existing = ctx.entities.get(qid);
  if (existing) {
    foldEntity(ctx, e, existing, reason, 'link');
    ctx.note(existing, 'link', reason);
    return;
  }
  ctx.entities.delete(e.id);
  const old = e.id;
  e.id = qid;
  ctx.entities.set(qid, e);
  ctx.retargetEntity(old, qid);
  ctx.redirect(old, [qid], 'entity', `link: ${reason}`);
}

export interface NewEntity {
  id?: string;
  type: Entity['type'];
  name: string;
  qid?: string | null;
  mentions: Anchor[];
}

function mentionsFor(
  ctx: CurationContext,
  anchors: Anchor[],
  reason: string,
  op: 'split' | 'add',
  pool: Entity['mentions'],
) {
  const out: Entity['mentions'] = [];
  for (const a of anchors) {
    const ev = ctx.resolve(a);
    if (!ev) continue;
    const same = (m: Entity['mentions'][number]) =>
      m.evidence.source === ev.source && m.evidence.start === ev.start && m.evidence.end === ev.end;
    const at = pool.findIndex(same);
    if (at >= 0) out.push(...pool.splice(at, 1));
    else {
      // mentions this entry already took off the pool are in no entity yet: count them too
      const taken = out
        .filter((m) => m.evidence.source === ev.source)
        .map((m) => ({ ...m.evidence, id: m.id }));
      const id = nextSpanId('mention', ev.source, ev, [...ctx.spansOf('mention', ev.source), ...taken]);
      out.push({ id, form: 'name', evidence: ev, provenance: ctx.curated(op, reason) });
    }
  }
  return out;
}

function createEntity(
  ctx: CurationContext,
  spec: NewEntity,
  mentions: Entity['mentions'],
  op: 'split' | 'add',
  reason: string,
): Entity | null {
  const id = spec.id ?? entityId(spec.type, spec.name, spec.qid ?? null);
  if (ctx.entities.has(id)) {
    ctx.problem('curation/conflict', `entity '${id}' already exists`);
    return null;
  }
  const e: Entity = {
    id,
    type: spec.type,
    name: spec.name,
    aliases: [],
    qid: spec.qid ?? null,
    iso3166_1_alpha2: null,
    mentions,
    provenance: ctx.curated(op, reason),
  };
  ctx.entities.set(id, e);
  return e;
}

export function addEntity(ctx: CurationContext, spec: NewEntity, reason: string): void {
  createEntity(ctx, spec, mentionsFor(ctx, spec.mentions, reason, 'add', []), 'add', reason);
}

/** Move mentions off an entity into new entities; an emptied entity retires with a redirect. */
export function splitEntity(ctx: CurationContext, id: string, into: NewEntity[], reason: string): void {
  const e = entityOr(ctx, id);
  if (!e) return;
  const created: string[] = [];
  for (const spec of into) {
    const before = e.mentions.length;
    const mentions = mentionsFor(ctx, spec.mentions, reason, 'split', e.mentions);
    if (e.mentions.length === before)
      ctx.problem('curation/unmatched', `none of the mentions of '${spec.name}' belong to '${id}'`);
    const made = createEntity(ctx, spec, mentions, 'split', reason);
    if (made) created.push(made.id);
  }
  if (e.mentions.length === 0 && ctx.mentionsElsewhere(e) === 0 && created.length > 0) {
    ctx.entities.delete(id);
    ctx.retargetEntity(id, created[0]!);
    ctx.redirect(id, created, 'entity', `split: ${reason}`);
  } else {
    ctx.note(e, 'split', reason);
  }
}

export function addMention(
  ctx: CurationContext,
  entity: string,
  form: Entity['mentions'][number]['form'],
  anchor: Anchor,
  reason: string,
): void {
  const e = entityOr(ctx, entity);
  if (!e) return;
  const [m] = mentionsFor(ctx, [anchor], reason, 'add', []);
  if (!m) return;
  if (e.mentions.some((x) => x.id === m.id)) {
    ctx.problem(
      'curation/conflict',
      `entity '${entity}' already has a mention at ${m.evidence.start}..${m.evidence.end}`,
    );
    return;
  }
  e.mentions.push({ ...m, form });
}
