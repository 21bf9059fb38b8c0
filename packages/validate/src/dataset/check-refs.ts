import type { Dataset } from '@newsfacts/schemas';
import { makeProblem } from '../problem.js';
import type { DatasetContext, Kind } from './context.js';

/** Entity and event references resolve (evidence sources are checked with the spans). */
export function checkRefs(ds: Dataset, ctx: DatasetContext): void {
  const entity = (kind: Kind, i: number, rest: string, record: string, id: string | null) => {
    if (id !== null && !ctx.entityIds.has(id))
      ctx.problems.push(makeProblem('ref/unknown-entity', ctx.locate(kind, i, rest, record), { id }));
  };
  // Plain loops: this runs once per record and callback closures add up on large datasets.
  for (let i = 0; i < ds.quotes.length; i++) {
    if (ctx.invalid.quotes.has(i)) continue;
    const q = ds.quotes[i]!;
    entity('quotes', i, '/speaker', q.id, q.speaker);
    for (let j = 0; j < q.reported_by.length; j++)
      entity('quotes', i, `/reported_by/${j}/entity`, q.id, q.reported_by[j]!.entity);
  }
  for (let i = 0; i < ds.events.length; i++) {
    if (ctx.invalid.events.has(i)) continue;
    const v = ds.events[i]!;
    for (let j = 0; j < v.participants.length; j++)
      entity('events', i, `/participants/${j}/entity`, v.id, v.participants[j]!.entity);
    entity('events', i, '/location', v.id, v.location);
  }
  for (let i = 0; i < ds.relations.length; i++) {
    if (ctx.invalid.relations.has(i)) continue;
    const r = ds.relations[i]!;
    for (const end of ['from', 'to'] as const) {
      if (!ctx.eventIds.has(r[end]))
        ctx.problems.push(
          makeProblem('ref/unknown-event', ctx.locate('relations', i, `/${end}`, r.id), { id: r[end] }),
        );
    }
  }
}
