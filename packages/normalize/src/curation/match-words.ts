import { spanWords } from '@newsfacts/evidence';
import type { CurationMatch, Entity, Event, Quote } from '@newsfacts/schemas';
import type { CurationContext } from './context.js';

interface Candidate {
  id: string;
  source: string;
  words: string[];
  /** Events only. */
  type?: string;
}

/** The records of a kind a match can pick, with the words that pick them. */
function candidatesOf(
  kind: CurationMatch['kind'],
  records: { entities: Iterable<Entity>; quotes: Iterable<Quote>; events: Iterable<Event> },
): Candidate[] {
  if (kind === 'mention')
    return [...records.entities].flatMap((e) =>
      e.mentions.map((m) => ({ id: m.id, source: m.evidence.source, words: [m.evidence.exact] })),
    );
  if (kind === 'quote')
    return [...records.quotes].map((q) => ({
      id: q.id,
      source: q.evidence.source,
      words: [q.text, q.evidence.exact],
    }));
  return [...records.events].map((v) => ({
    id: v.id,
    source: v.evidence[0]?.source ?? '',
    words: [v.trigger ?? '', v.summary, v.evidence[0]?.exact ?? ''],
    type: v.type,
  }));
}

const holding = (c: Candidate, wanted: string) => c.words.some((w) => w && spanWords(w).includes(wanted));

/** The words (spanWords) of the records of a kind that a match may pick, for a quick test of many matches. */
export function matchableWords(
  kind: CurationMatch['kind'],
  records: { entities: Iterable<Entity>; quotes: Iterable<Quote>; events: Iterable<Event> },
): string[] {
  return candidatesOf(kind, records).flatMap((c) => c.words.filter((w) => w).map(spanWords));
}

/**
 * The id of the one record of a kind whose words hold (or are exactly) the given words, or null
 * with a problem naming how many matched: ids change when a record's words do, words are what a
 * curator sees.
 */
export function idByWords(ctx: CurationContext, match: CurationMatch): string | null {
  const wanted = spanWords(match.text);
  const records = {
    entities: ctx.entities.values(),
    quotes: ctx.quotes.values(),
    events: ctx.events.values(),
  };
  const inSource = candidatesOf(match.kind, records).filter(
    (c) =>
      (match.source === undefined || c.source === match.source) &&
      (match.type === undefined || c.type === match.type),
  );
  const held = inSource.filter((c) => holding(c, wanted));
  // All the words of one record pick it even when a longer record (a quote around a quote) holds them.
  const equal = held.filter((c) => c.words.some((w) => spanWords(w) === wanted));
  const found = equal.length === 1 ? equal : held;
  const what = `${match.type ? `${match.type} ` : ''}${match.kind} ${JSON.stringify(match.text)}${match.source ? ` in '${match.source}'` : ''}`;
  if (found.length === 1) return found[0]!.id;
  if (found.length === 0) ctx.problem('curation/unmatched', `no ${what}`);
  else
    ctx.problem(
      'curation/unmatched',
      `${found.length} records match ${what} (${found
        .slice(0, 3)
        .map((c) => c.id)
        .join(', ')}${found.length > 3 ? ', …' : ''}): give more words or a source`,
    );
  return null;
}
