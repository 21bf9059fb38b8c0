import { escapeHtml } from './escape-html.js';
import { nestSpans, type Span, type SpanNode } from './nest-spans.js';

function renderNode(node: SpanNode, points: readonly string[]): string {
  const { piece } = node;
  const { span } = piece;
  const classes = `hl hl-${span.kind} ${escapeHtml(span.variant)}${piece.first ? '' : ' hl-cont'}`;
  let attributes: string;
  if (piece.first) {
    const ordinal = span.ordinal === null ? '' : ` data-ordinal="${span.ordinal}"`;
    attributes =
      ` data-record-id="${escapeHtml(span.id)}" data-kind="${span.kind}"${ordinal}` +
      ` tabindex="0" role="button" aria-label="${escapeHtml(span.label)}"`;
  } else {
    // Continuations point at their record but are neither counted nor a second tab stop.
    attributes = ` data-part-of="${escapeHtml(span.id)}" data-part-kind="${span.kind}"`;
  }
  const tag = piece.first ? `<span class="hl-tag" aria-hidden="true">${escapeHtml(span.tag)}</span>` : '';
  const body = renderRange(node.children, points, piece.start, piece.end);
  return `<mark class="${classes}"${attributes}>${body}${tag}</mark>`;
}

function renderRange(
  nodes: readonly SpanNode[],
  points: readonly string[],
  from: number,
  to: number,
): string {
  let html = '';
  let at = from;
  for (const node of nodes) {
    html += escapeHtml(points.slice(at, node.piece.start).join(''));
    html += renderNode(node, points);
    at = node.piece.end;
  }
  return html + escapeHtml(points.slice(at, to).join(''));
}

/**
 * The text of a source as HTML with every span highlighted. Offsets are code points, so the text is
 * split with `Array.from` (JS strings index UTF-16 units). Out-of-range offsets are clamped.
 */
export function renderArticle(text: string, spans: readonly Span[]): string {
  const points = Array.from(text);
  const clamp = (n: number) => Math.min(Math.max(0, n), points.length);
  const clamped = spans.map((span) => {
    const start = clamp(span.start);
    return { ...span, start, end: Math.max(start, clamp(span.end)) };
  });
  return renderRange(nestSpans(clamped), points, 0, points.length);
}
