import { buildRecordDetails } from './build-record-details.js';
import { CLIENT_SCRIPT } from './client/client-script.js';
import { embedJson } from './embed-json.js';
import { escapeHtml } from './escape-html.js';
import { indexRecords } from './index-records.js';
import { renderDocument } from './render-document.js';
import { renderDownloads } from './render-downloads.js';
import { renderLegend } from './render-legend.js';
import { renderRecordTables } from './render-record-tables.js';
import { renderRelations } from './render-relations.js';
import { renderSources } from './render-sources.js';
import { renderTimeline } from './render-timeline.js';
import { sortTables } from './sort-tables.js';
import type { ReleasePageInput } from './types.js';

function renderHeader(input: ReleasePageInput): string {
  const t = input.tables;
  const n = (table: keyof typeof t) => input.sample?.counts[table] ?? t[table].length;
  const facts: [string, string | number][] = [
    ['Licence', input.license],
    ['Sources', n('sources')],
    ['Entities', n('entities')],
    ['Mentions', n('mentions')],
    ['Quotes', n('quotes')],
    ['Events', n('events')],
  ];
  const sample = input.sample
    ? `<p class="lede">This page shows the first ${input.sample.shown} of ${n('sources')} articles (by source id) and their records; every record is in the data files below.</p>`
    : '';
  return (
    `<header class="site"><div class="wrap">` +
    // A release sits at datasets/<name>/<version>/: the index of every dataset and version is two levels up.
    `<p class="eyebrow"><a href="../../index.html">All datasets</a> · newsfacts dataset · ${escapeHtml(input.dataset)} · version ${escapeHtml(input.version)}</p>` +
    `<h1>${escapeHtml(input.title)}</h1><p class="lede">${escapeHtml(input.description)}</p>` +
    `<ul class="facts">${facts.map(([k, v]) => `<li>${k}: <strong>${escapeHtml(String(v))}</strong></li>`).join('')}</ul>` +
    sample +
    `</div></header>`
  );
}

const DETAILS_PANEL =
  '<aside class="details" id="details" aria-labelledby="details-title" aria-live="polite">' +
  '<header><p id="details-kind">Details</p><h3 id="details-title">Select a highlight</h3></header>' +
  '<div class="details-body" id="details-body"><p class="muted">Hover, click or focus a highlight (Tab, then Enter) ' +
  'to see its record here.</p></div></aside>';

/**
 * The release's self-contained `index.html`: annotated articles, a details panel, the event timeline,
 * sortable tables and the downloads. Pure and deterministic: the same input gives the same bytes.
 */
export function renderReleasePage(input: ReleasePageInput): string {
  const tables = sortTables(input.tables);
  const index = indexRecords(tables);
  const page = { ...input, tables };
  const body =
    '<a class="skip" href="#articles">Skip to the articles</a>' +
    renderHeader(page) +
    '<main class="wrap">' +
    '<section class="block" id="articles" aria-labelledby="articles-title"><h2 id="articles-title">Annotated articles</h2>' +
    renderLegend() +
    `<div class="article-layout"><div>${renderSources(tables, input.texts, index)}</div>${DETAILS_PANEL}</div></section>` +
    '<section class="block" id="timeline" aria-labelledby="timeline-title"><h2 id="timeline-title">Timeline of events</h2>' +
    '<p class="muted">Bars cover each event’s EDTF date; faded dashed bars are uncertain, approximate or partly unspecified. ' +
    'Arrows link related events.</p>' +
    renderTimeline(tables.events, tables.event_relations) +
    renderRelations(tables.event_relations, index) +
    '</section>' +
    `<section class="block" id="records" aria-labelledby="records-title"><h2 id="records-title">Records</h2>${renderRecordTables(tables, index)}</section>` +
    '<section class="block" id="downloads" aria-labelledby="downloads-title"><h2 id="downloads-title">Downloads</h2>' +
    renderDownloads(input.files) +
    `<h3 style="margin-top:18px">How to cite</h3><pre class="citation">${escapeHtml(input.citation)}</pre>` +
    `<p>Licence: <strong>${escapeHtml(input.license)}</strong></p></section>` +
    '</main><footer class="site"><div class="wrap">Made by newsfacts. This page needs no network; it works opened from disk.</div></footer>';
  const data = `<script type="application/json" id="nf-data">${embedJson(buildRecordDetails(tables, index))}</script>`;
  return renderDocument(`${input.title} ${input.version}`, body, `${data}<script>${CLIENT_SCRIPT}</script>`);
}
