import { type Manifest, SCHEMA_VERSION, type Source, TABLE_NAMES } from '@newsfacts/schemas';
import type { Tables } from '@newsfacts/tables';
import { compareStrings } from '@newsfacts/tables';
import { entryOf } from './file-entry.js';
import { DEFAULT_LICENSE, GENERATOR, type ReleaseInput } from './release-input.js';

/** Row count of a data file, null for anything else. */
function rowsOf(path: string, tables: Tables): number | null {
  const m = /^data\/([a-z_]+)\.(csv|json|jsonl)$/.exec(path);
  const rows = m ? (tables as unknown as Record<string, unknown[]>)[m[1]!] : undefined;
  return rows ? rows.length : null;
}

/** manifest.json: what the release is and every file except itself and SHA256SUMS. */
export function buildManifest(
  input: Pick<ReleaseInput, 'name' | 'meta' | 'inputsSha256'> & { version: string },
  created: string | null,
  citation: string,
  sources: readonly Source[],
  textPaths: ReadonlyMap<string, string | null>,
  tables: Tables,
  files: ReadonlyMap<string, Uint8Array>,
): Manifest {
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
    sources: sources.map((s) => ({
      id: s.id,
      sha256: s.sha256,
      length: s.length,
      redistributable: s.redistributable,
      text_path: textPaths.get(s.id) ?? null,
      license: s.license,
    })),
    files: [...files.keys()].sort(compareStrings).map((path) => ({
      ...entryOf(path, files.get(path)!),
      rows: rowsOf(path, tables),
    })),
    counts: Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length])),
  };
}
