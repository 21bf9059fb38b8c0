import type { Dataset } from '@newsfacts/schemas';
import { makeProblem } from '../problem.js';
import type { DatasetContext, Kind } from './context.js';

/** Entity and event references resolve (evidence sources are checked with the spans). */
export function checkRefs(ds: Dataset, ctx: DatasetContext): void {
  const entity = (kind: Kind, i: number, rest: string, record: string, id: string | null) => {
    if (id !== null && !ctx.entityIds.has(id))
      ctx.problems.push(makeProblem('ref/unknown-entity', ctx.locate(kind, i, rest, record), { id }));
  };
  ds.quotes.forEach((q, i) => {
    if (ctx.invalid.quotes.has(i)) return;
    entity('quotes', i, '/speaker', q.id, q.speaker);
    q.reported_by.forEach((r, j) => {
      entity('quotes', i, `/reported_by/${j}/entity`, q.id, r.entity);
    });
  });
  ds.events.forEach((v, i) => {
    if (ctx.invalid.events.has(i)) return;
    v.participants.forEach((p, j) => {
      entity('events', i, `/participants/${j}/entity`, v.id, p.entity);
    });
    entity('events', i, '/location', v.id, v.location);
  });
  ds.relations.forEach((r, i) => {
    if (ctx.invalid.relations.has(i)) return;
    for (const end of ['from', 'to'] as const) {
      if (!ctx.eventIds.has(r[end]))
        ctx.problems.push(
          makeProblem('ref/unknown-event', ctx.locate('relations', i, `/${end}`, r.id), { id: r[end] }),
        );
    }
  });
}
