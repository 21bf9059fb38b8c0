import type { Dataset } from '@newsfacts/schemas';
import { type Location, makeProblem } from '../problem.js';
import { type DatasetContext, idOf, type Kind } from './context.js';

/** Counts ids of one kind; remembers where each duplicated id was seen again first. */
class IdCounter {
  readonly seen: Set<string>;
  private readonly again = new Map<string, { count: number; at: () => Location }>();
  constructor(seen = new Set<string>()) {
    this.seen = seen;
  }
  /** True when the id is new; otherwise the caller reports the repeat with `repeat` (no closure per record). */
  add(id: string): boolean {
    const before = this.seen.size;
    this.seen.add(id); // one hash lookup instead of has + add
    return this.seen.size !== before;
  }
  repeat(id: string, at: () => Location): void {
    const dup = this.again.get(id);
    if (dup) dup.count++;
    else this.again.set(id, { count: 2, at });
  }
  report(ctx: DatasetContext): void {
    for (const [id, { count, at }] of this.again)
      ctx.problems.push(makeProblem('id/duplicate', at(), { id, count }));
  }
}

function countKind(ds: Dataset, kind: Kind, ctx: DatasetContext, counter: IdCounter): void {
  const list = ds[kind] as readonly unknown[];
  for (let i = 0; i < list.length; i++) {
    const id = idOf(list[i]);
    if (id !== null && !counter.add(id)) counter.repeat(id, () => ctx.locate(kind, i, '/id', id));
  }
  counter.report(ctx);
}

/** Ids are unique within sources, entities, mentions, quotes, events and relations; collects entity/event ids. */
export function checkIds(ds: Dataset, ctx: DatasetContext): void {
  countKind(ds, 'sources', ctx, new IdCounter());
  countKind(ds, 'entities', ctx, new IdCounter(ctx.entityIds));
  const mentions = new IdCounter();
  for (let i = 0; i < ds.entities.length; i++) {
    const list = (ds.entities[i] as { mentions?: unknown } | undefined)?.mentions;
    if (!Array.isArray(list)) continue;
    for (let j = 0; j < list.length; j++) {
      const id = idOf(list[j]);
      if (id !== null && !mentions.add(id))
        mentions.repeat(id, () => ctx.locate('entities', i, `/mentions/${j}/id`, id));
    }
  }
  mentions.report(ctx);
  countKind(ds, 'quotes', ctx, new IdCounter());
  countKind(ds, 'events', ctx, new IdCounter(ctx.eventIds));
  countKind(ds, 'relations', ctx, new IdCounter());
}
