import { type CodePointText, findQuote, indexCodePoints, makeEvidence } from '@newsfacts/evidence';
import type {
  Dataset,
  Entity,
  Event,
  EventRelation,
  Evidence,
  Provenance,
  Quote,
  Texts,
} from '@newsfacts/schemas';
import { GENERATOR } from '@newsfacts/schemas';
import { type Retarget, retargetEvent, retargetQuote } from './retarget.js';

export type Op = Provenance['changes'][number]['op'];

export interface CurationProblem {
  code: 'curation/unmatched' | 'curation/anchor-not-found' | 'curation/conflict';
  file: string;
  pointer: string;
  message: string;
}

export interface Anchor {
  source: string;
  exact?: string;
  occurrence?: number;
  start?: number;
  end?: number;
}

/**
 * Mutable working state of one curation run, indexed by id. The dataset may be part of the corpus
 * (the streamed writer holds only the articles curation names): then every entity is there, with the
 * mentions of the articles held, and `elsewhere` counts its other mentions; references in the other
 * articles follow `retargets`, replayed on them afterwards.
 */
/** A span already in the dataset and the id it holds. */
export type IdentifiedSpan = Evidence & { id: string };

export class CurationContext {
  readonly entities: Map<string, Entity>;
  readonly quotes: Map<string, Quote>;
  readonly events: Map<string, Event>;
  readonly relations: Map<string, EventRelation>;
  readonly redirects: Dataset['redirects'];
  readonly problems: CurationProblem[] = [];
  /** Every retargetEntity call, in order. */
  readonly retargets: Retarget[] = [];
  /** Mentions of an entity in articles not held here (they move with it when it is folded). */
  private readonly elsewhere = new Map<Entity, number>();
  private readonly indexed = new Map<string, CodePointText>();
  file = '';
  index = 0;

  constructor(
    readonly dataset: Dataset,
    private readonly texts: Texts,
    elsewhere: ReadonlyMap<string, number> = new Map(),
  ) {
    const clone = structuredClone(dataset);
    this.entities = new Map(clone.entities.map((e) => [e.id, e]));
    for (const e of clone.entities) {
      const n = elsewhere.get(e.id);
      if (n) this.elsewhere.set(e, n);
    }
    this.quotes = new Map(clone.quotes.map((q) => [q.id, q]));
    this.events = new Map(clone.events.map((v) => [v.id, v]));
    this.relations = new Map(clone.relations.map((r) => [r.id, r]));
    this.redirects = clone.redirects;
  }

  get pointer(): string {
    return `/entries/${this.index}`;
  }

  get where(): string {
    return `${this.file}#${this.pointer}`;
  }

  problem(code: CurationProblem['code'], message: string): void {
    this.problems.push({ code, file: this.file, pointer: this.pointer, message });
  }

  /** Record a curated change in a record's provenance. */
  note(record: { provenance: Provenance }, op: Op, reason: string): void {
    record.provenance = {
      ...record.provenance,
      changes: [...record.provenance.changes, { op, entry: this.where, note: reason }],
    };
  }

  curated(op: Op, reason: string): Provenance {
    return {
      method: 'curated',
      rule: null,
      confidence: 1,
      generator: GENERATOR,
      changes: [{ op, entry: this.where, note: reason }],
    };
  }

  /** The spans of one kind already in a source with their ids, so a curated record's id does not collide. */
  spansOf(kind: 'mention' | 'quote' | 'event', source: string): IdentifiedSpan[] {
    const spans: IdentifiedSpan[] =
      kind === 'quote'
        ? [...this.quotes.values()].map((q) => ({ ...q.evidence, id: q.id }))
        : kind === 'event'
          ? [...this.events.values()].map((v) => ({ ...v.evidence[0]!, id: v.id }))
          : [...this.entities.values()].flatMap((e) => e.mentions.map((m) => ({ ...m.evidence, id: m.id })));
    return spans.filter((e) => e.source === source);
  }

  /** Evidence for an anchor, or null (with a problem) when the words are not in the text. */
  resolve(anchor: Anchor): Evidence | null {
    const text = this.texts.get(anchor.source);
    if (text === undefined) {
      this.problem('curation/anchor-not-found', `unknown source '${anchor.source}'`);
      return null;
    }
    let cps = this.indexed.get(anchor.source);
    if (!cps) {
      cps = indexCodePoints(text);
      this.indexed.set(anchor.source, cps);
    }
    let span: { start: number; end: number } | null = null;
    if (anchor.exact !== undefined) span = findQuote(cps, anchor.exact, anchor.occurrence ?? 1);
    else if (
      anchor.start !== undefined &&
      anchor.end !== undefined &&
      anchor.end <= cps.length &&
      anchor.start < anchor.end
    ) {
      span = { start: anchor.start, end: anchor.end };
    }
    if (!span) {
      const what =
        anchor.exact !== undefined ? JSON.stringify(anchor.exact) : `${anchor.start}..${anchor.end}`;
      this.problem('curation/anchor-not-found', `${what} not found in source '${anchor.source}'`);
      return null;
    }
    return makeEvidence(anchor.source, cps, span.start, span.end);
  }

  /** Point every reference to an entity at another one (or remove it when `to` is null). */
  retargetEntity(from: string, to: string | null): void {
    this.retargets.push([from, to]);
    for (const q of this.quotes.values()) retargetQuote(q, from, to);
    for (const v of this.events.values()) retargetEvent(v, from, to);
  }

  /** How many mentions an entity has in articles not held here. */
  mentionsElsewhere(e: Entity): number {
    return this.elsewhere.get(e) ?? 0;
  }

  /** An entity folded into another takes its mentions elsewhere along. */
  foldElsewhere(from: Entity, into: Entity): void {
    const n = this.mentionsElsewhere(from);
    if (n > 0) this.elsewhere.set(into, this.mentionsElsewhere(into) + n);
    this.elsewhere.delete(from);
  }

  redirect(
    oldId: string,
    newIds: string[],
    kind: Dataset['redirects'][number]['kind'],
    reason: string,
  ): void {
    // Keep chains one hop long: an id retired earlier now points at the new successors.
    const updated = this.redirects.flatMap((r) =>
      r.new_id === oldId ? newIds.map((n) => ({ ...r, new_id: n })) : [r],
    );
    this.redirects.length = 0;
    this.redirects.push(...updated, ...newIds.map((n) => ({ old_id: oldId, new_id: n, kind, reason })));
  }

  result(): Dataset {
    return {
      sources: this.dataset.sources,
      entities: [...this.entities.values()],
      quotes: [...this.quotes.values()],
      events: [...this.events.values()],
      relations: [...this.relations.values()],
      redirects: this.redirects,
    };
  }
}
