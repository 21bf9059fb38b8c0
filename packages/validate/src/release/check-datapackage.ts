import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { columnsOf } from '@newsfacts/tables';
import { makeProblem, type Problem } from '../problem.js';
import { parseJson } from '../read/parse-json.js';
import { datapackageValidator } from './datapackage-profile.js';
import { DATAPACKAGE, isDataFile } from './layout.js';
import type { ReleaseFolder } from './release-folder.js';

interface Resource {
  path?: unknown;
  bytes?: unknown;
  hash?: unknown;
  schema?: unknown;
}

/** The CSV header each table's resource declares (field names in order), or null when not declared. */
export type DeclaredFields = Map<TableName, string[] | null>;

function fieldNames(schema: unknown): string[] | null {
  const fields = (schema as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(fields)) return null;
  return fields.map((f) => String((f as { name?: unknown })?.name));
}

/**
 * datapackage.json is valid against the official profile; every data and text file is a resource (matched by
 * path) whose bytes and `sha256:<hex>` hash match; each table's CSV and Parquet resources declare its table schema inline.
 */
export function checkDatapackage(folder: ReleaseFolder, out: Problem[]): DeclaredFields {
  const declared: DeclaredFields = new Map();
  const text = folder.text(DATAPACKAGE);
  if (text === null) return declared;
  const parsed = parseJson(text, DATAPACKAGE);
  if (!parsed.ok) {
    out.push(parsed.problem);
    return declared;
  }
  const validate = datapackageValidator();
  if (!validate(parsed.value)) {
    for (const e of validate.errors ?? [])
      out.push(
        makeProblem(
          'release/datapackage-invalid',
          { file: DATAPACKAGE, pointer: e.instancePath },
          {
            detail: `${e.instancePath || '/'} ${e.message ?? e.keyword}`,
          },
        ),
      );
  }
  const resources = (parsed.value as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) return declared;
  const mismatch = (pointer: string, detail: string) =>
    out.push(makeProblem('release/datapackage-mismatch', { file: DATAPACKAGE, pointer }, { detail }));
  const byPath = new Map<string, Resource>();
  resources.forEach((r: Resource, i) => {
    if (typeof r?.path !== 'string') {
      mismatch(`/resources/${i}/path`, `resource ${i}: path must be one relative file path`);
      return;
    }
    byPath.set(r.path, r);
    if (!folder.has(r.path)) {
      out.push(makeProblem('release/missing-file', { file: r.path }, { path: r.path }));
      return;
    }
    if (r.bytes !== folder.files.get(r.path))
      mismatch(
        `/resources/${i}/bytes`,
        `${r.path}: bytes ${String(r.bytes)}, the file has ${folder.files.get(r.path)}`,
      );
    const hash = folder.sha256(r.path);
    if (hash !== null && r.hash !== `sha256:${hash}`)
      mismatch(`/resources/${i}/hash`, `${r.path}: hash ${String(r.hash)}, the file has sha256:${hash}`);
  });
  for (const path of folder.files.keys()) {
    if (isDataFile(path) && !byPath.has(path)) mismatch('/resources', `${path} is not a resource`);
  }
  for (const table of TABLE_NAMES) {
    for (const format of ['csv', 'parquet'] as const) {
      const path = `data/${table}.${format}`;
      const resource = byPath.get(path);
      if (!resource) continue;
      const names = fieldNames(resource.schema);
      if (format === 'csv') declared.set(table, names);
      if (names === null) mismatch('/resources', `${path}: no inline table schema with fields`);
      else if (names.join(',') !== columnsOf(table).join(','))
        mismatch(
          '/resources',
          `${path}: schema fields [${names.join(', ')}] differ from the ${table} row schema`,
        );
    }
  }
  return declared;
}
