import { isSorted, sha256, slugify, spanWords } from '@newsfacts/evidence';

/**
 * Id rules (docs/ids.md). Ids depend only on what defines the record, never on processing order or
 * on other articles: entities on their QID or type + name, spans on their own words (not offsets,
 * so an edit elsewhere in the text keeps them).
 */
const HASH_LENGTH = 16;

export type SpanKind = 'mention' | 'quote' | 'event';

interface Span {
  start: number;
  end: number;
  exact: string;
}

function digest(...parts: (string | number)[]): string {
  return sha256(parts.join('\u0000')).slice(0, HASH_LENGTH);
}

export function entityId(type: string, name: string, qid: string | null): string {
  return qid ?? `${type}:${slugify(name)}`;
}

/** The id of a span whose words are already folded (`spanWords`). */
function idOfWords(kind: SpanKind, sourceKey: string, folded: string, occurrence: number): string {
  return `${kind}:${digest(kind, sourceKey, folded, occurrence)}`;
}

/** `occurrence` (1-based) tells apart spans of one kind and source with the same words. */
export function spanId(kind: SpanKind, sourceKey: string, words: string, occurrence: number): string {
  return idOfWords(kind, sourceKey, spanWords(words), occurrence);
}

/** The spans' indexes in text order (start, then end); spans given in that order are not sorted again. */
function textOrder(spans: readonly Span[]): number[] {
  const order = spans.map((_, i) => i);
  const byPosition = (a: number, b: number) =>
    spans[a]!.start - spans[b]!.start || spans[a]!.end - spans[b]!.end;
  return isSorted(order, byPosition) ? order : order.sort(byPosition);
}

/**
 * Ids for distinct spans of one kind in one source, in input order. Each span's occurrence is its
 * rank, in text order, among the spans with the same words, so two spans never share an id.
 */
export function spanIds(kind: SpanKind, sourceKey: string, spans: readonly Span[]): string[] {
  const seen = new Map<string, number>();
  const ids: string[] = new Array(spans.length);
  for (const i of textOrder(spans)) {
    const words = spanWords(spans[i]!.exact);
    const occurrence = (seen.get(words) ?? 0) + 1;
    seen.set(words, occurrence);
    ids[i] = idOfWords(kind, sourceKey, words, occurrence);
  }
  return ids;
}

/** The id a new span takes beside existing spans of its kind and source (curation adds). */
export function nextSpanId(
  kind: SpanKind,
  sourceKey: string,
  span: Span,
  existing: readonly (Span & { id: string })[],
): string {
  const words = spanWords(span.exact);
  const before = existing.filter((s) => spanWords(s.exact) === words && s.start < span.start);
  // Existing ids keep the ranks they were given, which curation may have shifted since (a span added
  // before them, one removed): take the next rank no existing span of the source holds.
  const taken = new Set(existing.map((s) => s.id));
  let occurrence = before.length + 1;
  while (taken.has(spanId(kind, sourceKey, words, occurrence))) occurrence++;
  return spanId(kind, sourceKey, words, occurrence);
}

export function relationId(from: string, type: string, to: string): string {
  return `relation:${digest(from, type, to)}`;
}

/** A source without a declared id is named by its text. */
export function sourceIdFor(textSha256: string): string {
  return `source:${textSha256.slice(0, HASH_LENGTH)}`;
}
