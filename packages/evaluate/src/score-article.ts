import { findQuote, indexCodePoints, nameKey } from '@newsfacts/evidence';
import type { Entity, Event, ExtractionDocument, Quote } from '@newsfacts/schemas';
import type { GoldEntity, GoldEvent, GoldFile, GoldQuote } from './gold.js';
import { matchEntities, type SameIdentity } from './match-entities.js';
import { tokenF1, tokenShare } from './normalize.js';
import { type Accuracy, type Counts, matchPairs } from './score.js';

/** Scores of one article, per GUIDELINES.md "Scoring". */
export interface ArticleScore {
  entities: Counts;
  directQuotes: Counts;
  indirectQuotes: Counts;
  speaker: Accuracy;
  events: Counts;
  eventType: Accuracy;
  date: Accuracy;
  participants: Accuracy;
}

const QUOTE_MATCH = 0.8;
const EVENT_TOKEN_SHARE = 0.5;
const PARTICIPANT_OVERLAP = 0.5;
/** Added to a pair's score when the types agree: above any span score (at most 2). */
const SAME_TYPE = 2;

export function scoreArticle(
  doc: ExtractionDocument,
  gold: GoldFile,
  text: string,
  sameIdentity?: SameIdentity,
): ArticleScore {
  const names = new Map(doc.entities.map((e) => [e.id, e]));
  const goldKeys = goldEntityKeys(gold.entities);
  const entities = scoreEntities(doc.entities, gold.entities, sameIdentity);
  const isDirect = (k: string) => k === 'direct' || k === 'block';
  const direct = scoreQuotes(
    doc.quotes.filter((q) => isDirect(q.kind)),
    gold.quotes.filter((q) => isDirect(q.kind)),
  );
  const indirect = scoreQuotes(
    doc.quotes.filter((q) => q.kind === 'indirect'),
    gold.quotes.filter((q) => q.kind === 'indirect'),
  );
  const speaker: Accuracy = { correct: 0, total: 0 };
  for (const [p, g] of direct.pairs) {
    if (!g.speaker) continue;
    speaker.total++;
    const entity = p.speaker ? names.get(p.speaker) : undefined;
    if (entity && refersTo(entity, g.speaker, goldKeys)) speaker.correct++;
  }
  const events = scoreEvents(doc, gold.events, text, names, goldKeys);
  return {
    entities,
    directQuotes: direct.counts,
    indirectQuotes: indirect.counts,
    speaker,
    ...events,
  };
}

/** Gold name → every key that names that gold entity. */
export function goldEntityKeys(entities: readonly GoldEntity[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entities) out.set(e.name, new Set([e.name, ...e.aliases].map(nameKey)));
  return out;
}

function refersTo(entity: Entity, goldName: string, goldKeys: Map<string, Set<string>>): boolean {
  const keys = goldKeys.get(goldName) ?? new Set([nameKey(goldName)]);
  return keys.has(nameKey(entity.name));
}

function scoreEntities(
  predicted: readonly Entity[],
  gold: readonly GoldEntity[],
  sameIdentity?: SameIdentity,
): Counts {
  const matched = matchEntities(predicted, gold, sameIdentity).length;
  return { matched, predicted: predicted.length, gold: gold.length };
}

function scoreQuotes(
  predicted: readonly Quote[],
  gold: readonly GoldQuote[],
): { counts: Counts; pairs: [Quote, GoldQuote][] } {
  const pairs = matchPairs(predicted.length, gold.length, (p, g) => {
    const s = tokenF1(gold[g]!.text, predicted[p]!.text);
    return s >= QUOTE_MATCH ? s : null;
  });
  return {
    counts: { matched: pairs.length, predicted: predicted.length, gold: gold.length },
    pairs: pairs.map(([p, g]) => [predicted[p]!, gold[g]!]),
  };
}

/** The events scored (hypothetical and negated ones are left out: gold has none). */
export const scoredEvents = (doc: ExtractionDocument): Event[] =>
  doc.events.filter((e) => e.modality !== 'hypothetical' && e.modality !== 'negated');

/**
 * Predicted and gold events paired one to one: spans that overlap (or share half their tokens) can pair,
 * and where several can, one of the same type is taken first, then the closest span.
 */
export function pairEvents(
  predicted: readonly Event[],
  gold: readonly GoldEvent[],
  text: string,
): [number, number][] {
  const goldSpans = gold.map((g) => spanOf(text, g.evidence));
  return matchPairs(predicted.length, gold.length, (p, g) => {
    let best: number | null = null;
    for (const ev of predicted[p]!.evidence) {
      const span = goldSpans[g];
      const overlap = span ? Math.min(span.end, ev.end) - Math.max(span.start, ev.start) : 0;
      // overlapping characters rank first, token share next
      if (overlap > 0) best = Math.max(best ?? 0, 1 + overlap / Math.max(1, ev.end - ev.start));
      const share = tokenShare(gold[g]!.evidence, ev.exact);
      if (share >= EVENT_TOKEN_SHARE) best = Math.max(best ?? 0, share);
    }
    return best === null ? null : best + (predicted[p]!.type === gold[g]!.type ? SAME_TYPE : 0);
  });
}

function scoreEvents(
  doc: ExtractionDocument,
  gold: readonly GoldEvent[],
  text: string,
  names: Map<string, Entity>,
  goldKeys: Map<string, Set<string>>,
): Pick<ArticleScore, 'events' | 'eventType' | 'date' | 'participants'> {
  const predicted = scoredEvents(doc);
  const pairs = pairEvents(predicted, gold, text);
  const eventType: Accuracy = { correct: 0, total: pairs.length };
  const date: Accuracy = { correct: 0, total: pairs.length };
  const participants: Accuracy = { correct: 0, total: pairs.length };
  for (const [p, g] of pairs) {
    const e: Event = predicted[p]!;
    const ge = gold[g]!;
    if (e.type === ge.type) eventType.correct++;
    if ((e.date ?? null) === (ge.date ?? null)) date.correct++;
    if (participantsAgree(e, ge, names, goldKeys)) participants.correct++;
  }
  return {
    events: { matched: pairs.length, predicted: predicted.length, gold: gold.length },
    eventType,
    date,
    participants,
  };
}

export function participantsAgree(
  e: Event,
  g: GoldEvent,
  names: Map<string, Entity>,
  goldKeys: Map<string, Set<string>>,
): boolean {
  const predicted = e.participants.flatMap((p) => {
    const entity = names.get(p.entity);
    return entity ? [entity] : [];
  });
  const unique = [...new Set(predicted)];
  if (unique.length === 0 && g.participants.length === 0) return true;
  let both = 0;
  for (const name of g.participants) if (unique.some((x) => refersTo(x, name, goldKeys))) both++;
  const union = unique.length + g.participants.length - both;
  return union > 0 && both / union >= PARTICIPANT_OVERLAP;
}

function spanOf(text: string, exact: string): { start: number; end: number } | null {
  return findQuote(indexCodePoints(text), exact);
}
