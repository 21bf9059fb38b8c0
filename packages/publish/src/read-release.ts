import { sha256 } from '@newsfacts/evidence';
import { type Manifest, TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { fromRows, type Tables } from '@newsfacts/tables';
import { type Problem, readParquetRows } from '@newsfacts/validate';
import { readFiles } from './read-files.js';
import { ReleaseError } from './release-error.js';
import type { ReleaseSnapshot } from './release-snapshot.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

function parseJson<T>(files: ReadonlyMap<string, Uint8Array>, path: string, dir: string): T {
  const bytes = files.get(path);
  if (!bytes) throw new ReleaseError('release/unreadable', `${dir}: ${path} is missing`);
  try {
    return JSON.parse(decoder.decode(bytes)) as T;
  } catch (e) {
    throw new ReleaseError('release/unreadable', `${dir}/${path}: ${(e as Error).message}`);
  }
}

/** A table's rows from its JSON file, else its JSON Lines, else its Parquet file (the release's formats). */
async function readRows(
  files: ReadonlyMap<string, Uint8Array>,
  t: TableName,
  dir: string,
): Promise<unknown[]> {
  const path = (f: string) => `data/${t}.${f}`;
  if (files.has(path('json')) || !(files.has(path('jsonl')) || files.has(path('parquet'))))
    return parseJson<unknown[]>(files, path('json'), dir);
  const jsonl = files.get(path('jsonl'));
  if (jsonl) {
    const text = decoder.decode(jsonl);
    return text === ''
      ? []
      : text
          .slice(0, -1)
          .split('\n')
          .map((l) => JSON.parse(l) as unknown);
  }
  const problems: Problem[] = [];
  const rows = await readParquetRows(t, files.get(path('parquet'))!, path('parquet'), problems);
  if (!rows)
    throw new ReleaseError('release/unreadable', `${dir}/${path('parquet')}: ${problems[0]?.message}`);
  return rows;
}

type Resource = { name: string; schema?: { fields: { name: string }[] } };

/** Read a published release back: manifest, rows (JSON files, else JSON Lines, else Parquet), records, shipped texts. */
export async function readRelease(dir: string): Promise<ReleaseSnapshot> {
  let files: Map<string, Uint8Array>;
  try {
    files = await readFiles(dir);
  } catch (e) {
    throw new ReleaseError(
      'release/unreadable',
      `${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  const manifest = parseJson<Manifest>(files, 'manifest.json', dir);
  const datapackage = parseJson<{ resources?: Resource[] }>(files, 'datapackage.json', dir);
  const rows = {} as Record<TableName, unknown[]>;
  for (const t of TABLE_NAMES) rows[t] = await readRows(files, t, dir);
  const tables = rows as unknown as Tables;
  const columns = Object.fromEntries(
    TABLE_NAMES.map((t) => {
      const r = datapackage.resources?.find((x) => x.name === t);
      return [t, r?.schema?.fields.map((f) => f.name) ?? Object.keys((tables[t][0] as object) ?? {})];
    }),
  ) as Record<TableName, string[]>;
  const texts = new Map<string, string>();
  for (const s of manifest.sources ?? []) {
    const bytes = s.text_path ? files.get(s.text_path) : undefined;
    if (bytes) texts.set(s.id, decoder.decode(bytes));
  }
  const sums = files.get('SHA256SUMS');
  if (!sums) throw new ReleaseError('release/unreadable', `${dir}: SHA256SUMS is missing`);
  return {
    dir,
    manifest,
    columns,
    tables,
    dataset: fromRows(tables, texts),
    texts,
    files,
    rootSha256: sha256(sums),
  };
}
