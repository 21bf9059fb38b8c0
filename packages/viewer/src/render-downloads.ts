import { compareStrings } from './compare.js';
import { escapeHtml } from './escape-html.js';
import { formatBytes } from './format-bytes.js';
import { relativeHref } from './relative-href.js';
import type { ReleaseFile } from './types.js';

/** Every file of the release with its size and sha256, as relative links. */
export function renderDownloads(files: readonly ReleaseFile[]): string {
  const rows = [...files]
    .sort((a, b) => compareStrings(a.path, b.path))
    .map(
      (f) =>
        `<tr><td><a href="${escapeHtml(relativeHref(f.path))}">${escapeHtml(f.path)}</a></td>` +
        `<td class="num" title="${f.bytes} bytes">${escapeHtml(formatBytes(f.bytes))}</td>` +
        `<td><code class="hash">${escapeHtml(f.sha256)}</code></td></tr>`,
    )
    .join('');
  return (
    `<div class="table-scroll"><table class="downloads"><thead><tr><th scope="col">File</th><th scope="col">Size</th>` +
    `<th scope="col">SHA-256</th></tr></thead><tbody>${rows}</tbody></table></div>`
  );
}
