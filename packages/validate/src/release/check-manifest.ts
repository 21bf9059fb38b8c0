import { TABLE_NAMES, type TableName, validatorFor } from '@newsfacts/schemas';
import { makeProblem, type Problem } from '../problem.js';
import { parseJson } from '../read/parse-json.js';
import { checkValue } from '../schema/check-value.js';
import type { TableData } from './check-tables.js';
import { comparePaths, MANIFEST, SUMS } from './layout.js';
import type { ReleaseFolder } from './release-folder.js';

interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
  rows: number | null;
}

const SOURCE_FIELDS = ['sha256', 'length', 'redistributable', 'text_path', 'license'] as const;

/** manifest.json is valid and describes the folder: files (bytes, sha256, rows), counts and sources. */
export function checkManifest(
  folder: ReleaseFolder,
  tables: Map<TableName, TableData>,
  out: Problem[],
): void {
  const text = folder.text(MANIFEST);
  if (text === null) return;
  const parsed = parseJson(text, MANIFEST);
  if (!parsed.ok) {
    out.push(parsed.problem);
    return;
  }
  if (!checkValue(validatorFor('manifest'), parsed.value, { file: MANIFEST }, '', out)) return;
  const manifest = parsed.value as {
    files: ManifestFile[];
    counts: Record<string, number>;
    sources: Record<string, unknown>[];
  };
  const mismatch = (pointer: string, detail: string) =>
    out.push(makeProblem('release/manifest-mismatch', { file: MANIFEST, pointer }, { detail }));

  const rowsOf = new Map<string, number>();
  for (const t of tables.values()) for (const [path, n] of t.counts) rowsOf.set(path, n);
  const listed = new Set<string>();
  manifest.files.forEach((f, i) => {
    const previous = manifest.files[i - 1];
    if (previous && comparePaths(previous.path, f.path) >= 0)
      mismatch(`/files/${i}/path`, `files are not sorted by path at ${f.path}`);
    listed.add(f.path);
    if (!folder.has(f.path)) {
      out.push(makeProblem('release/missing-file', { file: f.path }, { path: f.path }));
      return;
    }
    const size = folder.files.get(f.path);
    if (size !== f.bytes)
      out.push(
        makeProblem(
          'release/size-mismatch',
          { file: f.path },
          { path: f.path, actual: size, expected: f.bytes },
        ),
      );
    const hash = folder.sha256(f.path);
    if (hash !== null && hash !== f.sha256)
      out.push(
        makeProblem(
          'release/checksum-mismatch',
          { file: f.path },
          { path: f.path, actual: hash, expected: f.sha256, listing: MANIFEST },
        ),
      );
    const rows = rowsOf.get(f.path) ?? null;
    const isTableFile = f.path.startsWith('data/');
    if (isTableFile ? rows !== null && rows !== f.rows : f.rows !== null)
      mismatch(
        `/files/${i}/rows`,
        `${f.path}: rows ${f.rows}, the file has ${isTableFile ? rows : 'no rows (not a data file)'}`,
      );
  });
  for (const path of folder.files.keys()) {
    if (path !== MANIFEST && path !== SUMS && !listed.has(path))
      mismatch('/files', `${path} is not listed in manifest.json`);
  }
  const countNames = Object.keys(manifest.counts);
  for (const table of TABLE_NAMES) {
    const actual = tables.get(table)?.total ?? 0;
    if (manifest.counts[table] !== actual)
      mismatch(`/counts/${table}`, `counts.${table} is ${manifest.counts[table]}, the table has ${actual}`);
  }
  for (const name of countNames)
    if (!(TABLE_NAMES as readonly string[]).includes(name))
      mismatch(`/counts/${name}`, `counts.${name} is not a table`);

  const sourceRows = new Map((tables.get('sources')?.rows ?? []).map((r) => [r?.id, r]));
  const seen = new Set<unknown>();
  manifest.sources.forEach((s, i) => {
    seen.add(s.id);
    const row = sourceRows.get(s.id);
    if (!row) {
      mismatch(`/sources/${i}`, `source ${String(s.id)} is not in data/sources.json`);
      return;
    }
    for (const field of SOURCE_FIELDS)
      if (row[field] !== s[field])
        mismatch(`/sources/${i}/${field}`, `source ${String(s.id)}: ${field} differs from data/sources.json`);
  });
  for (const id of sourceRows.keys())
    if (!seen.has(id)) mismatch('/sources', `source ${String(id)} is missing`);
}
