import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { tableSchemaFor } from '@newsfacts/tables';
import { licenseUrl } from './license-url.js';
import { DEFAULT_LICENSE, type ReleaseInput } from './release-input.js';
import type { FileIndex, ReleaseSource } from './release-source.js';
import { formatsOf } from './table-formats.js';

/** The media type IANA registered for Parquet (2024). */
const PARQUET_MEDIATYPE = 'application/vnd.apache.parquet';
const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
const CSV_DIALECT = {
  header: true,
  delimiter: ',',
  lineTerminator: '\n',
  quoteChar: '"',
  doubleQuote: true,
};

/** Resource names are lower-case; a text's name comes from its source id and a counter on collision. */
function textResourceName(id: string, taken: Set<string>): string {
  const base = `text-${id.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}`;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

/**
 * The table schema; the profile wants at least one foreign key when the property is present. Foreign keys
 * name the resources of the same format (`suffix`: '' for the tables' main resources, else `-parquet`).
 */
function schemaOf(table: TableName, suffix = '') {
  const { foreignKeys, ...rest } = tableSchemaFor(table);
  const keys = foreignKeys.map((k) => ({
    ...k,
    reference: { ...k.reference, resource: `${k.reference.resource}${suffix}` },
  }));
  return keys.length > 0 ? { ...rest, foreignKeys: keys } : rest;
}

function licenseOf(id: string) {
  const path = licenseUrl(id);
  return path ? { name: id, path, title: id } : { name: id, title: id };
}

/**
 * datapackage.json (Frictionless Data Package v2). CSV resources (else Parquet ones) carry the table
 * schemas and are named after their tables, so foreign keys resolve; Parquet resources beside CSV are
 * `<table>-parquet` with the same schema; JSON, JSON Lines and texts are plain file resources.
 */
export function buildDatapackage(
  input: Pick<ReleaseInput, 'name' | 'meta'> & { version: string },
  sources: Iterable<ReleaseSource>,
  data: FileIndex,
  textPaths: ReadonlyMap<string, string | null>,
): object {
  const file = (path: string) => {
    const e = data.get(path);
    if (!e) throw new Error(`bug: ${path} was not built`);
    return { bytes: e.bytes, hash: `sha256:${e.sha256}` };
  };
  const resources: object[] = [];
  const formats = formatsOf(input.meta);
  // The resource named after a table carries its schema: the CSV, else the Parquet file.
  const parquetSuffix = formats.includes('csv') ? '-parquet' : '';
  for (const t of formats.includes('csv') ? TABLE_NAMES : []) {
    const csv = `data/${t}.csv`;
    resources.push({
      name: t,
      type: 'table',
      path: csv,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      ...file(csv),
      dialect: CSV_DIALECT,
      schema: schemaOf(t),
    });
  }
  for (const t of TABLE_NAMES) {
    for (const [ext, mediatype] of [
      ['json', 'application/json'],
      ['jsonl', 'application/jsonl'],
    ] as const) {
      if (!formats.includes(ext)) continue;
      const path = `data/${t}.${ext}`;
      resources.push({ name: `${t}-${ext}`, path, format: ext, mediatype, encoding: 'utf-8', ...file(path) });
    }
  }
  for (const t of formats.includes('parquet') ? TABLE_NAMES : []) {
    const path = `data/${t}.parquet`;
    resources.push({
      name: `${t}${parquetSuffix}`,
      type: 'table',
      path,
      format: 'parquet',
      mediatype: PARQUET_MEDIATYPE,
      ...file(path),
      schema: schemaOf(t, parquetSuffix),
    });
  }
  const taken = new Set<string>(resources.map((r) => (r as { name: string }).name));
  const cited: object[] = [];
  for (const s of sources) {
    cited.push({ title: s.title ?? s.id, ...(s.url && /^https?:\/\//.test(s.url) ? { path: s.url } : {}) });
    const path = textPaths.get(s.id);
    if (!path) continue;
    resources.push({
      name: textResourceName(s.id, taken),
      title: s.title ?? s.id,
      path,
      format: 'txt',
      mediatype: 'text/plain',
      encoding: 'utf-8',
      ...file(path),
      licenses: [licenseOf(s.license)],
    });
  }
  const meta = input.meta;
  return {
    $schema: PROFILE,
    name: input.name,
    title: meta.title,
    description: meta.description,
    version: input.version,
    ...(meta.homepage ? { homepage: meta.homepage } : {}),
    licenses: [licenseOf(meta.license || DEFAULT_LICENSE)],
    ...(meta.keywords.length > 0 ? { keywords: [...meta.keywords] } : {}),
    ...(meta.contributors.length > 0
      ? {
          contributors: meta.contributors.map((c) => ({ ...c, ...(c.roles ? { roles: [...c.roles] } : {}) })),
        }
      : {}),
    sources: cited,
    resources,
  };
}
