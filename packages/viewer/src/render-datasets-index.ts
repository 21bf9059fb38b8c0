import { compareStrings } from './compare.js';
import { compareVersions } from './compare-versions.js';
import { escapeHtml } from './escape-html.js';
import { relativeHref } from './relative-href.js';
import { renderDocument } from './render-document.js';
import type { DatasetIndexEntry, DatasetIndexVersion } from './types.js';

function renderVersion(dataset: string, v: DatasetIndexVersion, latest: string | null): string {
  const href = escapeHtml(relativeHref(`${dataset}/${v.version}/index.html`));
  const badges =
    (v.version === latest ? ' <span class="badge latest">latest</span>' : '') +
    (v.withdrawn !== null
      ? ` <span class="badge withdrawn">withdrawn</span> <span>${escapeHtml(v.withdrawn)}</span>`
      : '');
  return (
    `<li><a href="${href}"><strong>${escapeHtml(v.version)}</strong></a>${badges}` +
    ` <span class="muted">root sha256 <code class="hash">${escapeHtml(v.rootSha256)}</code></span></li>`
  );
}

function renderEntry(entry: DatasetIndexEntry): string {
  const versions = [...entry.versions].sort((a, b) => compareVersions(b.version, a.version));
  const latest =
    entry.latest === null
      ? '<p class="muted">No current version (all withdrawn).</p>'
      : `<p>Latest: <a href="${escapeHtml(relativeHref(`${entry.dataset}/${entry.latest}/index.html`))}">${escapeHtml(entry.latest)}</a></p>`;
  const id = `dataset-${escapeHtml(entry.dataset)}`;
  return (
    `<section class="dataset" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(entry.title)} ` +
    `<code class="muted">${escapeHtml(entry.dataset)}</code></h2>${latest}` +
    `<h3>Versions</h3><ul class="versions">${versions.map((v) => renderVersion(entry.dataset, v, entry.latest)).join('')}</ul></section>`
  );
}

/** `datasets/index.html`: every dataset with its versions, root hashes, withdrawals and latest. */
export function renderDatasetsIndex(entries: DatasetIndexEntry[]): string {
  const sorted = [...entries].sort((a, b) => compareStrings(a.dataset, b.dataset));
  const body =
    '<header class="site"><div class="wrap"><p class="eyebrow">newsfacts</p><h1>Datasets</h1>' +
    `<p class="lede">${sorted.length} dataset${sorted.length === 1 ? '' : 's'}. Published versions are never rewritten; ` +
    'corrections make a new version.</p></div></header>' +
    `<main class="wrap">${sorted.length === 0 ? '<p>No datasets yet.</p>' : sorted.map(renderEntry).join('')}</main>` +
    '<footer class="site"><div class="wrap">Made by newsfacts.</div></footer>';
  return renderDocument('newsfacts datasets', body);
}
