import type { Event, Quote } from '@newsfacts/schemas';

/** One retired entity id and where its references went (null: they were removed), in curation order. */
export type Retarget = readonly [from: string, to: string | null];

/** Point a quote's references to an entity at another one (or remove them when `to` is null). */
export function retargetQuote(q: Quote, from: string, to: string | null): void {
  if (q.speaker === from) q.speaker = to;
  q.reported_by = q.reported_by
    .map((r) => (r.entity === from ? { ...r, entity: to } : r))
    .filter((r) => r.entity !== null || r.description);
}

/** The same for an event's participants and location. */
export function retargetEvent(v: Event, from: string, to: string | null): void {
  const seen = new Set<string>();
  v.participants = v.participants
    .map((p) => (p.entity === from ? { ...p, entity: to } : p))
    .filter((p): p is { entity: string; role: typeof p.role } => {
      // After a merge an entity may appear twice: it keeps its first role.
      if (p.entity === null || seen.has(p.entity)) return false;
      seen.add(p.entity);
      return true;
    });
  if (v.location === from) v.location = to;
}

/** Whether a retarget of any entity would change the record anyway (its filters drop something). */
export function retargetSensitive(quotes: readonly Quote[], events: readonly Event[]): boolean {
  if (quotes.some((q) => q.reported_by.some((r) => r.entity === null && !r.description))) return true;
  return events.some((v) => new Set(v.participants.map((p) => p.entity)).size !== v.participants.length);
}
