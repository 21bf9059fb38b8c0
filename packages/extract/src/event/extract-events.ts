import { makeEvidenceUtf16, normalizeText } from '@newsfacts/evidence';
import type { Event, EventRelation } from '@newsfacts/schemas';
import type { ArticleContext } from '../context.js';
import type { Cluster } from '../entity/grouping/types.js';
import type { MentionIndex } from '../entity/mention-index.js';
import { GENERATOR } from '../generator.js';
import { type EventInputs, type FoundEvent, findEvents } from './find-events.js';
import { findRelations } from './find-relations.js';

const MAX_SUMMARY = 500;

export interface EventResult {
  events: Event[];
  relations: EventRelation[];
}

/** Events and the relations the text states between them, as schema records with local ids. */
export function extractEvents(
  ctx: ArticleContext,
  idx: MentionIndex,
  idOf: Map<Cluster, string>,
  inputs: Omit<EventInputs, 'doc' | 'idx' | 'published'>,
): EventResult {
  const { doc, source } = ctx;
  const found = findEvents({ doc, idx, published: source.published, ...inputs });
  const ids = new Map<(typeof found)[number], string>();
  const evidence = (from: number, to: number) =>
    makeEvidenceUtf16(source.id, ctx.cp, doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
  const events: Event[] = found.map((e, i) => {
    const id = `v${i + 1}`;
    ids.set(e, id);
    const main = e.spans[0]!;
    const summary = normalizeText(doc.text.slice(doc.tokens[main.from]!.start, doc.tokens[main.to - 1]!.end));
    return {
      id,
      type: e.type as Event['type'],
      summary: (summary || e.trigger.t).slice(0, MAX_SUMMARY),
      trigger:
        normalizeText(
          doc.text.slice(doc.tokens[e.triggerFrom]!.start, doc.tokens[e.triggerTo - 1]!.end),
        ).slice(0, 100) || null,
      date: e.date,
      participants: participantsOf(e, idOf),
      location: e.location ? (idOf.get(e.location) ?? null) : null,
      modality: e.modality,
      evidence: e.spans.map((s) => evidence(s.from, s.to)),
      provenance: {
        method: 'extracted',
        rule: e.rule === 'event/statement' ? 'event/statement:criticism' : `${e.rule}:${e.trigger.t}`,
        confidence: e.trigger.w >= 2 ? 0.7 : 0.55,
        generator: GENERATOR,
        changes: [],
      },
    };
  });
  const relations: EventRelation[] = [];
  const cued = findRelations(doc, found);
  for (let i = 0; i < cued.length; i++) {
    const r = cued[i]!;
    const from = ids.get(r.from);
    const to = ids.get(r.to);
    if (!from || !to) continue;
    // numbered by the relation's place among all found, kept or not
    relations.push({
      id: `r${i + 1}`,
      from,
      to,
      type: r.type,
      evidence: evidence(r.cueFrom, r.cueTo),
      provenance: {
        method: 'extracted' as const,
        rule: `relation/cue:${r.cue}`,
        confidence: 0.5,
        generator: GENERATOR,
        changes: [],
      },
    });
  }
  return { events, relations };
}

/**
 * The participants of an event that are entities of the article (a loop: flatMap costs V8 a new array per
 * element and is not inlined, several µs an article).
 */
function participantsOf(e: FoundEvent, idOf: Map<Cluster, string>): Event['participants'] {
  const out: Event['participants'] = [];
  for (const p of e.participants) {
    const entity = idOf.get(p.cluster);
    if (entity) out.push({ entity, role: p.role });
  }
  return out;
}
