import type { Doc } from '../text/segment.js';
import { isAnaphoric } from './event-anaphora.js';
import type { FoundEvent } from './found-event.js';

/**
 * Later mentions of the same happening join the first: a definite noun ("the attack"), a definite subject
 * ("The attempt ultimately failed"), or a headline restating a body event. A headline event with no body
 * event of its class is left out: headlines restate the body in other words ("slaps tariffs" for
 * "imposed duties"), and the body's sentence is the evidence a reader needs.
 */
export function mergeMentions(doc: Doc, events: FoundEvent[]): FoundEvent[] {
  const { tokens } = doc;
  const out: FoundEvent[] = [];
  const lastOfClass = new Map<string, FoundEvent>();
  const join = (into: FoundEvent, e: FoundEvent) => {
    into.spans.push(...e.spans);
    into.mentions.push(...e.mentions);
    if (!into.explicitDate && e.explicitDate) {
      into.date = e.date;
      into.explicitDate = true;
    }
    for (const p of e.participants)
      if (!into.participants.some((q) => q.cluster === p.cluster)) into.participants.push(p);
    into.location ??= e.location;
  };
  const firstOfClass = new Map<string, FoundEvent>();
  for (const e of events) {
    if (!e.headline && !firstOfClass.has(e.eventClass) && isFactual(e)) firstOfClass.set(e.eventClass, e);
  }
  for (const e of events) {
    if (e.headline) {
      const body = firstOfClass.get(e.eventClass);
      if (body && body !== e) {
        body.spans.push(...e.spans);
        body.mentions.push(...e.mentions);
      }
      continue;
    }
    const last = out[out.length - 1];
    // "a bombing which killed …": the relative clause restates the event of its sentence
    if (last && e.relative && last.sentence === e.sentence && last.type === e.type && isFactual(e)) {
      join(last, e);
      continue;
    }
    const prev = lastOfClass.get(e.eventClass);
    const dateAgrees = !e.explicitDate || e.date === prev?.date || !prev?.explicitDate;
    // ("The review is due to report in the spring": a schedule is told once, never retold)
    const anaphoric =
      e.rule !== 'event/scheduled' &&
      (e.anaphoric ||
        isAnaphoric(tokens, e) ||
        (e.possessive && prev !== undefined && e.sentence - prev.sentence <= 2));
    if (prev && prev.type === e.type && isFactual(prev) && isFactual(e) && anaphoric && dateAgrees) {
      join(prev, e);
      continue;
    }
    out.push(e);
    if (isFactual(e)) lastOfClass.set(e.eventClass, e);
  }
  return out;
}

function isFactual(e: FoundEvent): boolean {
  return e.modality !== 'hypothetical' && e.modality !== 'negated';
}
