import { compareStrings } from './compare.js';

type SpanKind = 'mention' | 'quote' | 'event';

/** One highlight to draw: a record's span in code points. */
export interface Span {
  /** Record id (`data-record-id`). */
  id: string;
  kind: SpanKind;
  start: number;
  end: number;
  /** Short marker shown after the span (readable without colour). */
  tag: string;
  /** Spoken name of the highlight. */
  label: string;
  /** Extra CSS class (e.g. the entity type). */
  variant: string;
  /** Evidence ordinal for events. */
  ordinal: number | null;
}

/** A span, or the part of it that fits inside an enclosing span; only the first piece is `first`. */
interface Piece {
  span: Span;
  start: number;
  end: number;
  first: boolean;
}

export interface SpanNode {
  piece: Piece;
  children: SpanNode[];
}

const KIND_ORDER: Record<SpanKind, number> = { event: 0, quote: 1, mention: 2 };

// Outer spans first: earlier start, then longer, then events around quotes around mentions.
function comparePieces(a: Piece, b: Piece): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    KIND_ORDER[a.span.kind] - KIND_ORDER[b.span.kind] ||
    compareStrings(a.span.id, b.span.id) ||
    (a.span.ordinal ?? 0) - (b.span.ordinal ?? 0)
  );
}

/**
 * Arranges spans into a tree of properly nested elements. A span that crosses the end of an enclosing
 * one is split there: the piece inside stays a child, the rest continues after it (not `first`).
 */
export function nestSpans(spans: readonly Span[]): SpanNode[] {
  return nestPieces(spans.map((span) => ({ span, start: span.start, end: span.end, first: true })));
}

function nestPieces(pieces: Piece[]): SpanNode[] {
  let queue = [...pieces].sort(comparePieces);
  const nodes: SpanNode[] = [];
  while (queue.length > 0) {
    const head = queue[0] as Piece;
    const inner: Piece[] = [];
    const continued: Piece[] = [];
    let next = 1;
    // The queue is sorted by start, so the pieces inside `head` come right after it.
    for (; next < queue.length; next++) {
      const piece = queue[next] as Piece;
      if (piece.start >= head.end) break;
      if (piece.end <= head.end) inner.push(piece);
      else {
        inner.push({ ...piece, end: head.end });
        continued.push({ span: piece.span, start: head.end, end: piece.end, first: false });
      }
    }
    nodes.push({ piece: head, children: nestPieces(inner) });
    queue = queue.slice(next);
    if (continued.length > 0) queue = queue.concat(continued).sort(comparePieces);
  }
  return nodes;
}
