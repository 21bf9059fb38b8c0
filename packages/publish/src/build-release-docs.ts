import type { Tables } from '@newsfacts/tables';
import { compareStrings } from '@newsfacts/tables';
import { renderReleasePage } from '@newsfacts/viewer';
import { buildChecksums } from './build-checksums.js';
import { buildDatapackage } from './build-datapackage.js';
import { buildManifest, type TableCounts } from './build-manifest.js';
import { citeRelease } from './cite-release.js';
import { entryOf, type FileEntry } from './file-entry.js';
import { samplePageTables } from './page-sample.js';
import { releaseDate } from './release-date.js';
import type { ReleaseInput } from './release-input.js';
import type { ReleaseSource } from './release-source.js';
import { renderDataCard } from './render-data-card.js';
import { stringifyJson, utf8 } from './stringify-json.js';

/** Everything the descriptive files need once the data and text files are built. */
export interface ReleaseDocsInput {
  name: string;
  version: string;
  /** The pipeline's dataset metadata, licence resolved. */
  meta: ReleaseInput['meta'];
  inputsSha256: string;
  sourceDateEpoch?: number | null;
  /** Every source, sorted by id; read several times (a streamed release re-reads them from disk). */
  sources: Iterable<ReleaseSource>;
  textPaths: ReadonlyMap<string, string | null>;
  counts: TableCounts;
  /** CHANGELOG.md; leave it out when it is already among the built files (a streamed changelog). */
  changelog?: string;
  /** Rows for the page: the whole release, or at least the rows of its first sources and every entity. */
  pageTables: Tables;
  /** Source id → text, for the shipped texts of (at least) the sources the page shows. */
  pageTexts: ReadonlyMap<string, string>;
}

/**
 * datapackage.json, README.md, CHANGELOG.md, index.html, manifest.json and SHA256SUMS, given the index
 * of the data and text files already built. Shared by the in-memory and the streaming release writers,
 * so both give the same bytes.
 */
export function buildReleaseDocs(
  input: ReleaseDocsInput,
  built: ReadonlyMap<string, FileEntry>,
): Map<string, Uint8Array> {
  const index = new Map(built);
  const out = new Map<string, Uint8Array>();
  const add = (path: string, text: string) => {
    const bytes = utf8(text);
    out.set(path, bytes);
    index.set(path, entryOf(path, bytes));
  };
  const head = { name: input.name, meta: input.meta, version: input.version };
  add('datapackage.json', stringifyJson(buildDatapackage(head, input.sources, index, input.textPaths)));
  const citation = citeRelease(head);
  const manifestHead = { ...head, inputsSha256: input.inputsSha256 };
  const card = buildManifest(
    manifestHead,
    null,
    citation,
    input.sources,
    input.textPaths,
    input.counts,
    index,
  );
  add('README.md', renderDataCard(card, input.meta, input.sources));
  if (input.changelog !== undefined) add('CHANGELOG.md', input.changelog);
  else if (!index.has('CHANGELOG.md')) throw new Error('bug: CHANGELOG.md was not built');
  const { tables, sample } = samplePageTables(input.pageTables, input.counts);
  const texts: Record<string, string> = {};
  const shownTexts = new Set<string>();
  for (const s of tables.sources) {
    const path = input.textPaths.get(s.id);
    const text = path ? input.pageTexts.get(s.id) : undefined;
    if (path) shownTexts.add(path);
    if (text !== undefined) texts[s.id] = text;
  }
  // A sampled page lists the texts of the articles it shows, not every text of the corpus.
  const listed = (p: string) => !sample || !p.startsWith('texts/') || shownTexts.has(p);
  add(
    'index.html',
    renderReleasePage({
      dataset: input.name,
      version: input.version,
      title: input.meta.title,
      description: input.meta.description,
      license: input.meta.license,
      citation,
      tables,
      texts,
      files: [...index.keys()]
        .filter(listed)
        .sort(compareStrings)
        .map((p) => index.get(p)!),
      sample,
    }),
  );
  const created = releaseDate(input.sourceDateEpoch);
  add(
    'manifest.json',
    stringifyJson(
      buildManifest(manifestHead, created, citation, input.sources, input.textPaths, input.counts, index),
    ),
  );
  add('SHA256SUMS', buildChecksums(index));
  return out;
}
