import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { columnsOf, compareStrings, toRows } from '@newsfacts/tables';
import { renderReleasePage } from '@newsfacts/viewer';
import { buildChecksums } from './build-checksums.js';
import { buildDataFiles } from './build-data-files.js';
import { buildDatapackage } from './build-datapackage.js';
import { buildManifest } from './build-manifest.js';
import { buildTextFiles } from './build-text-files.js';
import { citeRelease } from './cite-release.js';
import { diffReleases } from './diff-releases.js';
import { entryOf } from './file-entry.js';
import { releaseDate } from './release-date.js';
import { type BuildInput, DEFAULT_LICENSE } from './release-input.js';
import { renderChangelog } from './render-changelog.js';
import { renderDataCard } from './render-data-card.js';
import { assertDatasetName, assertVersion } from './semver.js';
import { stringifyJson, utf8 } from './stringify-json.js';

export function currentColumns(): Record<TableName, string[]> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, columnsOf(t)])) as Record<TableName, string[]>;
}

/**
 * Every file of a release folder, in memory, as a pure function of the input: no clock, no randomness.
 * The caller validates the dataset first (publishRelease does).
 */
export async function buildReleaseFiles(input: BuildInput): Promise<Map<string, Uint8Array>> {
  assertDatasetName(input.name);
  assertVersion(input.version);
  const meta = { ...input.meta, license: input.meta.license || DEFAULT_LICENSE };
  const sources = [...input.dataset.sources].sort((a, b) => compareStrings(a.id, b.id));
  const { textPaths, files: textFiles } = buildTextFiles(sources, input.texts);
  const tables = toRows(input.dataset, textPaths);
  const files = new Map<string, Uint8Array>([...buildDataFiles(tables), ...textFiles]);
  const head = { name: input.name, meta, version: input.version };
  files.set('datapackage.json', utf8(stringifyJson(buildDatapackage(head, sources, files, textPaths))));
  const citation = citeRelease(head);
  const created = releaseDate(input.sourceDateEpoch);
  const card = buildManifest(
    { ...head, inputsSha256: input.inputsSha256 },
    null,
    citation,
    sources,
    textPaths,
    tables,
    files,
  );
  files.set('README.md', utf8(renderDataCard(card, meta, sources)));
  const diff = diffReleases(input.previous ?? null, { tables, columns: currentColumns() });
  files.set('CHANGELOG.md', utf8(renderChangelog(meta.title, input.version, diff, tables.redirects)));
  const shipped = Object.fromEntries(
    sources.filter((s) => textPaths.get(s.id)).map((s) => [s.id, input.texts.get(s.id)!]),
  );
  const page = renderReleasePage({
    dataset: input.name,
    version: input.version,
    title: meta.title,
    description: meta.description,
    license: meta.license,
    citation,
    tables,
    texts: shipped,
    files: [...files.keys()].sort(compareStrings).map((p) => entryOf(p, files.get(p)!)),
  });
  files.set('index.html', utf8(page));
  const manifest = buildManifest(
    { ...head, inputsSha256: input.inputsSha256 },
    created,
    citation,
    sources,
    textPaths,
    tables,
    files,
  );
  files.set('manifest.json', utf8(stringifyJson(manifest)));
  files.set('SHA256SUMS', utf8(buildChecksums(files)));
  return new Map([...files.keys()].sort(compareStrings).map((p) => [p, files.get(p)!]));
}
