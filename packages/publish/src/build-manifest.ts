import { GENERATOR, type Manifest, SCHEMA_VERSION, TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { compareStrings } from '@newsfacts/tables';
import { DEFAULT_LICENSE, type ReleaseInput } from './release-input.js';
import type { FileIndex, ReleaseSource } from './release-source.js';

export type TableCounts = Readonly<Record<TableName, number>>;

/** Row count of a data file, null for anything else. */
function rowsOf(path: string, counts: TableCounts): number | null {
  const m = /^data\/([a-z_]+)\.(csv|json|jsonl|parquet)$/.exec(path);
  const rows = m ? (counts as Record<string, number | undefined>)[m[1]!] : undefined;
  return rows ?? null;
}

/** manifest.json: what the release is and every file except itself and SHA256SUMS. */
export function buildManifest(
  input: Pick<ReleaseInput, 'name' | 'meta' | 'inputsSha256'> & { version: string },
  created: string | null,
  citation: string,
  sources: Iterable<ReleaseSource>,
  textPaths: ReadonlyMap<string, string | null>,
  counts: TableCounts,
  files: FileIndex,
): Manifest {
  const listed: Manifest['sources'] = [];
  for (const s of sources)
    listed.push({
      id: s.id,
      sha256: s.sha256,
      length: s.length,
      redistributable: s.redistributable,
      text_path: textPaths.get(s.id) ?? null,
      license: s.license,
    });
  return {
    dataset: input.name,
    version: input.version,
    title: input.meta.title,
    generator: GENERATOR,
    schema_version: SCHEMA_VERSION,
    created,
    inputs_sha256: input.inputsSha256,
    license: input.meta.license || DEFAULT_LICENSE,
    citation,
    sources: listed,
    files: [...files.keys()].sort(compareStrings).map((path) => ({
      ...files.get(path)!,
      rows: rowsOf(path, counts),
    })),
    counts: Object.fromEntries(TABLE_NAMES.map((t) => [t, counts[t]])),
  };
}
