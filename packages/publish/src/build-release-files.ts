import { type Dataset, TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { columnsOf, compareStrings, toRows } from '@newsfacts/tables';
import { buildDataFiles } from './build-data-files.js';
import type { TableCounts } from './build-manifest.js';
import { buildReleaseDocs } from './build-release-docs.js';
import { buildTextFiles } from './build-text-files.js';
import { carryRedirects } from './carry-redirects.js';
import { diffReleases } from './diff-releases.js';
import { entryOf, type FileEntry } from './file-entry.js';
import { type BuildInput, DEFAULT_LICENSE } from './release-input.js';
import { renderChangelog } from './render-changelog.js';
import { assertDatasetName, assertVersion } from './semver.js';
import { formatsOf } from './table-formats.js';

export function currentColumns(): Record<TableName, string[]> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, columnsOf(t)])) as Record<TableName, string[]>;
}

/** The dataset with redirects for span ids the previous release had and lost (docs/ids.md). */
function withCarriedRedirects(dataset: Dataset, previous: { dataset: Dataset } | null | undefined): Dataset {
  return previous ? { ...dataset, redirects: carryRedirects(previous.dataset, dataset) } : dataset;
}

/**
 * Every file of a release folder, in memory, as a pure function of the input: no clock, no randomness.
 * The caller validates the dataset first (publishRelease does). Large corpora use the streaming writer
 * (stream/), which gives the same bytes.
 */
export async function buildReleaseFiles(input: BuildInput): Promise<Map<string, Uint8Array>> {
  assertDatasetName(input.name);
  assertVersion(input.version);
  const meta = { ...input.meta, license: input.meta.license || DEFAULT_LICENSE };
  const dataset = withCarriedRedirects(input.dataset, input.previous);
  const sources = [...dataset.sources].sort((a, b) => compareStrings(a.id, b.id));
  const { textPaths, files: textFiles } = buildTextFiles(sources, input.texts);
  const tables = toRows(dataset, textPaths);
  const data = await buildDataFiles(tables, formatsOf(meta));
  const files = new Map<string, Uint8Array>([...data, ...textFiles]);
  const index = new Map<string, FileEntry>([...files].map(([p, bytes]) => [p, entryOf(p, bytes)]));
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length])) as TableCounts;
  const diff = diffReleases(input.previous ?? null, { tables, columns: currentColumns() });
  const docs = buildReleaseDocs(
    {
      name: input.name,
      version: input.version,
      meta,
      inputsSha256: input.inputsSha256,
      sourceDateEpoch: input.sourceDateEpoch,
      sources,
      textPaths,
      counts,
      changelog: renderChangelog(meta.title, input.version, diff, tables.redirects),
      pageTables: tables,
      pageTexts: input.texts,
    },
    index,
  );
  for (const [p, bytes] of docs) files.set(p, bytes);
  return new Map([...files.keys()].sort(compareStrings).map((p) => [p, files.get(p)!]));
}
