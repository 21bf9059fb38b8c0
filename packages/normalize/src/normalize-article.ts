import { cleanName, cleanText, compareSpans, compareStrings } from '@newsfacts/evidence';
import { type Gazetteer, linkingGazetteer } from '@newsfacts/gazetteer';
import {
  type Entity,
  type Event,
  type EventRelation,
  type Evidence,
  type ExtractionDocument,
  type Mention,
  type Quote,
  SCHEMA_VERSION,
  type Source,
} from '@newsfacts/schemas';
import type { Candidates } from './candidates.js';
import { checkDate } from './check-date.js';
import { articleCountry, linkByArticleCountry, linkEntity } from './link-entity.js';
import { entityId, relationId, spanIds } from './stable-ids.js';

export interface NormalizeOptions {
  gazetteer?: Gazetteer;
}

const words = (s: string) => s.toLowerCase().split(' ');

/**
 * The name shown for an entity: the fullest name the text uses. A person whose reference name is
 * longer ("Iftikhar Muhammad Chaudhry") but whom the text names by part of it ("Iftikhar Chaudhry")
 * keeps the text's name; the reference name becomes an alias and still decides the id (so does a
 * country's).
 */
function displayName(type: string, textName: string, canonical: string, country: boolean): string {
  if (textName === canonical) return canonical;
  // "Turkey" for Türkiye, "Czech Republic" for Czechia: a country keeps the article's own full name (the
  // extractor names a country by the reference name whenever the article writes it); an abbreviation such
  // as "US" still shows the reference name
  if (country) return textName.length <= 3 || textName === textName.toUpperCase() ? canonical : textName;
  if (type !== 'person') return canonical;
  const own = words(textName);
  const full = new Set(words(canonical));
  return own.length >= 2 && own.length < full.size && own.every((w) => full.has(w)) ? textName : canonical;
}

/** Records are first keyed by their span, then renamed by their words once all are known. */
const spanKey = (e: { start: number; end: number }) => `${e.start}:${e.end}`;

function renameBySpan<T extends { id: string }>(
  kind: 'quote' | 'event',
  sourceKey: string,
  records: Map<string, T>,
  spanOf: (r: T) => Evidence,
): Map<string, string> {
  const list = [...records.values()];
  const ids = spanIds(kind, sourceKey, list.map(spanOf));
  const renamed = new Map(list.map((r, i) => [r.id, ids[i]!]));
  list.forEach((r, i) => {
    r.id = ids[i]!;
  });
  return renamed;
}

function uniqueSorted(values: Iterable<string>, without: string): string[] {
  return [...new Set(values)].filter((v) => v && v !== without).sort(compareStrings);
}

type Ref = (local: string | null) => string | null;

/** Entities with cleaned names, gazetteer links and stable ids; `idOf` maps local ids to them. */
function normalizeEntities(sourceId: string, candidates: Candidates, gazetteer: Gazetteer) {
  const idOf = new Map<string, string>();
  const entities = new Map<string, Entity>();
  const mentionOwner = new Map<string, string>();
  const named = candidates.entities.map((candidate) => {
    const name = cleanName(candidate.name) || cleanText(candidate.name);
    const aliases = candidate.aliases.map((a) => cleanName(a) || cleanText(a)).filter(Boolean);
    const entity = { type: candidate.type, name, aliases, mentions: candidate.mentions };
    return { candidate, name, aliases, entity, link: linkEntity(entity, gazetteer) };
  });
  // The article's own country, from the places linked without it, links a place whose name is shared.
  const country = articleCountry(
    named.map(({ link, candidate }) => ({ link, mentions: candidate.mentions.length })),
  );
  for (const { candidate, name, aliases, entity, link: plain } of named) {
    const link =
      (country !== null && plain.qid === null && linkByArticleCountry(entity, gazetteer, country)) || plain;
    const id = entityId(link.type, link.name, link.qid);
    // a country named in the article by another of its names ("Turkey" for Türkiye), not by its capital
    const ownCountryName =
      link.iso3166_1_alpha2 !== null &&
      link.qid !== null &&
      gazetteer.lookup(name).some((e) => e.qid === link.qid);
    const display = displayName(link.type, name, link.name, ownCountryName);
    idOf.set(candidate.id, id);
    const mentions: Mention[] = [];
    for (const m of candidate.mentions) {
      const mid = spanKey(m.evidence);
      if (mentionOwner.has(mid)) continue; // one span names one entity: the first claim wins
      mentionOwner.set(mid, id);
      mentions.push({ ...m, id: mid });
    }
    const existing = entities.get(id);
    if (existing) {
      existing.mentions.push(...mentions);
      existing.aliases = uniqueSorted([...existing.aliases, name, ...aliases], existing.name);
      existing.provenance.confidence = Math.max(
        existing.provenance.confidence,
        candidate.provenance.confidence,
      );
    } else {
      entities.set(id, {
        ...candidate,
        id,
        type: link.type,
        name: display,
        aliases: uniqueSorted([name, link.name, ...aliases], display),
        qid: link.qid,
        iso3166_1_alpha2: link.iso3166_1_alpha2,
        mentions,
        provenance: { ...candidate.provenance, changes: [...candidate.provenance.changes] },
      });
    }
  }
  const allMentions = [...entities.values()].flatMap((e) => e.mentions);
  const mentionIds = spanIds(
    'mention',
    sourceId,
    allMentions.map((m) => m.evidence),
  );
  allMentions.forEach((m, i) => {
    m.id = mentionIds[i]!;
  });
  for (const e of entities.values()) e.mentions.sort((a, b) => compareSpans(a.evidence, b.evidence));
  return { entities, idOf };
}

/** Quotes keyed by their span (renamed by their words later), texts cleaned, references rewritten. */
function normalizeQuotes(candidates: Candidates, ref: Ref): Map<string, Quote> {
  const quotes = new Map<string, Quote>();
  for (const q of candidates.quotes) {
    const id = spanKey(q.evidence);
    if (quotes.has(id)) continue;
    quotes.set(id, {
      ...q,
      id,
      text: cleanText(q.text) || q.evidence.exact,
      speaker: ref(q.speaker),
      speaker_description: q.speaker_description === null ? null : cleanText(q.speaker_description) || null,
      cue: q.cue ? { text: cleanText(q.cue.text) || q.cue.evidence.exact, evidence: q.cue.evidence } : null,
      reported_by: q.reported_by
        .map((r) => ({
          entity: ref(r.entity),
          description: r.description === null ? null : cleanText(r.description),
        }))
        .filter((r) => r.entity !== null || r.description),
    });
  }
  return quotes;
}

/** Where an event's trigger word stands in its first span (after the span when it is not there). */
function triggerAt(v: Event): number {
  const at = v.trigger === null ? -1 : v.evidence[0]!.exact.indexOf(v.trigger);
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
}

/**
 * By first span, then by where the trigger stands in it, then type: the acts of one span ("talks that
 * resulted in a deal") take their ids in the order the text tells them, whatever the extractor's order.
 */
const compareEvents = (a: Event, b: Event): number =>
  compareSpans(a.evidence[0]!, b.evidence[0]!) ||
  triggerAt(a) - triggerAt(b) ||
  compareStrings(a.type, b.type);

/**
 * Events keyed by their first span and type (one clause can state two acts: "met … and agreed"); the
 * extractor's repeats of one act fold. `eventIdOf` maps local ids to those keys.
 */
function normalizeEvents(candidates: Candidates, ref: Ref) {
  const eventIdOf = new Map<string, string>();
  const events = new Map<string, Event>();
  for (const v of candidates.events) {
    const evidence = [...v.evidence].sort(compareSpans);
    const first = evidence[0];
    if (!first) continue;
    const id = `${spanKey(first)} ${v.type}`;
    eventIdOf.set(v.id, id);
    if (events.has(id)) continue;
    const seen = new Set<string>();
    const participants = v.participants
      .map((p) => ({ entity: ref(p.entity), role: p.role }))
      .filter((p): p is { entity: string; role: typeof p.role } => {
        if (p.entity === null || seen.has(`${p.entity} ${p.role}`)) return false;
        seen.add(`${p.entity} ${p.role}`);
        return true;
      });
    events.set(id, {
      ...v,
      id,
      summary: cleanText(v.summary) || first.exact,
      trigger: v.trigger === null ? null : cleanText(v.trigger) || null,
      date: checkDate(v.date),
      participants,
      location: ref(v.location),
      evidence,
    });
  }
  return { events: new Map([...events].sort(([, a], [, b]) => compareEvents(a, b))), eventIdOf };
}

/** Relations between the renamed events; self-loops and relations to dropped events fall away. */
function normalizeRelations(
  candidates: Candidates,
  eventIdOf: Map<string, string>,
  eventIds: Map<string, string>,
): Map<string, EventRelation> {
  const relations = new Map<string, EventRelation>();
  for (const r of candidates.relations) {
    const from = eventIds.get(eventIdOf.get(r.from) ?? '');
    const to = eventIds.get(eventIdOf.get(r.to) ?? '');
    if (!from || !to || from === to) continue;
    const id = relationId(from, r.type, to);
    if (!relations.has(id)) relations.set(id, { ...r, id, from, to });
  }
  return relations;
}

/**
 * One article's candidates → canonical records: cleaned names, gazetteer links, stable ids, references
 * rewritten, duplicates folded, a fixed order. Pure: a function of (source, candidates) only.
 */
export function normalizeArticle(
  source: Source,
  candidates: Candidates,
  opts: NormalizeOptions = {},
): ExtractionDocument {
  const { entities, idOf } = normalizeEntities(source.id, candidates, opts.gazetteer ?? linkingGazetteer());
  const ref: Ref = (local) => (local === null ? null : (idOf.get(local) ?? null));
  const quotes = normalizeQuotes(candidates, ref);
  const { events, eventIdOf } = normalizeEvents(candidates, ref);
  renameBySpan('quote', source.id, quotes, (q) => q.evidence);
  const eventIds = renameBySpan('event', source.id, events, (v) => v.evidence[0]!);
  const relations = normalizeRelations(candidates, eventIdOf, eventIds);
  return {
    schema_version: SCHEMA_VERSION,
    source,
    entities: [...entities.values()].sort((a, b) => compareStrings(a.id, b.id)),
    quotes: [...quotes.values()].sort((a, b) => compareSpans(a.evidence, b.evidence)),
    events: [...events.values()].sort(compareEvents),
    relations: [...relations.values()].sort((a, b) => compareStrings(a.id, b.id)),
  };
}
