import { type CodePointText, cleanName, cleanText, indexCodePoints, makeEvidence } from '@newsfacts/evidence';
import type { Candidates } from '@newsfacts/normalize';
import type { Entity, Event, Evidence, Provenance, Quote } from '@newsfacts/schemas';
import fc from 'fast-check';

/**
 * Candidates as an extractor could give them, over any text: random spans become mentions, quotes and
 * events. They let the properties of normalize, tables and publish run on every kind of character
 * (formula-looking cells, CR, astral characters) independently of the extractor's rules.
 */
const P: Provenance = {
  method: 'extracted',
  rule: 'test/synthetic',
  confidence: 0.5,
  generator: 'newsfacts@1.0.0',
  changes: [],
};

/** Choices made by fast-check: fractions of the text's length, turned into spans below. */
export interface Plan {
  entities: { type: Entity['type']; spans: [number, number][] }[];
  quotes: { span: [number, number]; speaker: number | null; cue: [number, number] | null }[];
  events: { type: Event['type']; spans: [number, number][]; actor: number | null }[];
}

const span = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));

export const planArb: fc.Arbitrary<Plan> = fc.record({
  entities: fc.array(
    fc.record({
      type: fc.constantFrom('person', 'organization', 'location'),
      spans: fc.array(span, { minLength: 1, maxLength: 3 }),
    }),
    { maxLength: 4 },
  ),
  quotes: fc.array(fc.record({ span, speaker: fc.option(fc.nat(5)), cue: fc.option(span) }), {
    maxLength: 3,
  }),
  events: fc.array(
    fc.record({
      type: fc.constantFrom('AGREE', 'CONSULT', 'ASSAULT', 'OTHER'),
      spans: fc.array(span, { minLength: 1, maxLength: 2 }),
      actor: fc.option(fc.nat(5)),
    }),
    { maxLength: 3 },
  ),
}) as fc.Arbitrary<Plan>;

function evidenceFor(source: string, cps: CodePointText, [a, b]: [number, number]): Evidence | null {
  const n = cps.length;
  if (n === 0) return null;
  const start = Math.min(n - 1, Math.floor(Math.min(a, b) * n));
  const end = Math.max(start + 1, Math.min(n, Math.ceil(Math.max(a, b) * n)));
  // A short span keeps names within the schema's 300 characters.
  return makeEvidence(source, cps, start, Math.min(end, start + 120));
}

/** Candidates (local ids e1…, q1…, v1…) for `text` following `plan`. */
export function syntheticCandidates(sourceId: string, text: string, plan: Plan): Candidates {
  const cps = indexCodePoints(text);
  const entities: Entity[] = [];
  plan.entities.forEach((e, i) => {
    const mentions = e.spans
      .map((s) => evidenceFor(sourceId, cps, s))
      .filter((ev): ev is Evidence => ev !== null)
      .map((evidence, j) => ({ id: `m${i}-${j}`, form: 'name' as const, evidence, provenance: P }));
    const first = mentions[0];
    // An extractor names an entity by words, never by blanks alone.
    if (!first || !(cleanName(first.evidence.exact) || cleanText(first.evidence.exact))) return;
    entities.push({
      id: `e${i}`,
      type: e.type,
      name: first.evidence.exact,
      aliases: mentions.slice(1).map((m) => m.evidence.exact),
      qid: null,
      iso3166_1_alpha2: null,
      mentions,
      provenance: P,
    });
  });
  const ref = (k: number | null) => (k === null || entities.length === 0 ? null : `e${k % entities.length}`);
  const known = (k: number | null) => {
    const id = ref(k);
    return id && entities.some((e) => e.id === id) ? id : null;
  };
  const quotes: Quote[] = [];
  for (const q of plan.quotes) {
    const evidence = evidenceFor(sourceId, cps, q.span);
    if (!evidence) continue;
    const cue = q.cue ? evidenceFor(sourceId, cps, q.cue) : null;
    quotes.push({
      id: `q${quotes.length}`,
      kind: 'direct',
      text: evidence.exact,
      evidence,
      speaker: known(q.speaker),
      speaker_description: null,
      cue: cue ? { text: cue.exact, evidence: cue } : null,
      reported_by: [],
      provenance: P,
    });
  }
  const events: Event[] = [];
  for (const v of plan.events) {
    const evidence = v.spans
      .map((s) => evidenceFor(sourceId, cps, s))
      .filter((e): e is Evidence => e !== null);
    if (evidence.length === 0) continue;
    const actor = known(v.actor);
    events.push({
      id: `v${events.length}`,
      type: v.type,
      summary: evidence[0]!.exact,
      trigger: null,
      date: null,
      participants: actor ? [{ entity: actor, role: 'actor' }] : [],
      location: null,
      modality: 'asserted',
      evidence,
      provenance: P,
    });
  }
  return { entities, quotes, events, relations: [] };
}
