import type { SourceRow } from '@newsfacts/schemas';
import { collectSpans } from './collect-spans.js';
import { escapeHtml } from './escape-html.js';
import type { RecordIndex } from './index-records.js';
import { renderArticle } from './render-article.js';
import type { ReleaseTables } from './types.js';

const HTTP = /^https?:\/\/[^\s"<>]+$/i;

function renderMeta(source: SourceRow): string {
  const parts: string[] = [];
  if (source.outlet) parts.push(escapeHtml(source.outlet));
  if (source.authors.length > 0) parts.push('by ' + escapeHtml(source.authors.join(', ')));
  if (source.published) parts.push(escapeHtml(source.published));
  parts.push('licence ' + escapeHtml(source.license));
  if (source.url && HTTP.test(source.url)) parts.push(`<a href="${escapeHtml(source.url)}">original</a>`);
  return `<p class="source-meta">${parts.join(' · ')}</p>`;
}

function renderSource(source: SourceRow, text: string | undefined, index: RecordIndex): string {
  const heading = escapeHtml(source.title ?? source.id);
  const spans = collectSpans(index, source.id);
  const body =
    text === undefined
      ? `<p class="not-shipped">The text of this source is not redistributed (licence ${escapeHtml(source.license)}). ` +
        `Its ${spans.length} highlighted span${spans.length === 1 ? ' is' : 's are'} listed in the tables below.</p>`
      : `<div class="article-text" lang="${escapeHtml(source.language)}" data-source-id="${escapeHtml(source.id)}">` +
        `${renderArticle(text, spans)}</div>`;
  return (
    `<article class="source" aria-labelledby="source-${escapeHtml(source.id)}">` +
    `<h3 id="source-${escapeHtml(source.id)}">${heading} <code class="muted">${escapeHtml(source.id)}</code></h3>` +
    `${renderMeta(source)}${body}</article>`
  );
}

/** Every source: its annotated text when redistributable, else a note. */
export function renderSources(
  tables: ReleaseTables,
  texts: Record<string, string>,
  index: RecordIndex,
): string {
  // Sources whose text ships come first: they are what the reader came to see.
  const shipped = (id: string) => (Object.hasOwn(texts, id) ? 0 : 1);
  return [...tables.sources]
    .sort((a, b) => shipped(a.id) - shipped(b.id))
    .map((source) => {
      const text = Object.hasOwn(texts, source.id) ? texts[source.id] : undefined;
      return renderSource(source, text, index);
    })
    .join('');
}
