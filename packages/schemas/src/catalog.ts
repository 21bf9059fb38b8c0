import { readdirSync, readFileSync } from 'node:fs';

/** The version of the newsfacts schemas this package ships (semver; the major is in every `$id`). */
export const SCHEMA_VERSION = '1.1.0';
export const SCHEMA_BASE = 'https://schemas.newsfacts.org/v1/';

/** Names of the record and document schemas, as in `<name>.schema.json`. */
export const SCHEMA_NAMES = [
  'common',
  'provenance',
  'evidence',
  'mention',
  'source',
  'entity',
  'quote',
  'event',
  'event-relation',
  'extraction-document',
  'input-article',
  'pipeline-config',
  'curation',
  'manifest',
  'validation-report',
] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** Published tables, in release order; each has a row schema `rows/<table>.schema.json`. */
export const TABLE_NAMES = [
  'sources',
  'entities',
  'mentions',
  'quotes',
  'events',
  'event_evidence',
  'event_participants',
  'event_relations',
  'redirects',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export type JsonSchema = { $id: string; title: string; [key: string]: unknown };

/** Folder holding the package's copy of the schemas (made by the build from the repository's schemas/). */
export const schemaDir = new URL('../schemas/', import.meta.url);

function readSchema(relative: string): JsonSchema {
  return JSON.parse(readFileSync(new URL(relative, schemaDir), 'utf8')) as JsonSchema;
}

/** Every schema file, keyed by its path relative to the schema folder, in a fixed order. */
export function loadSchemas(): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  for (const name of SCHEMA_NAMES) out.set(`${name}.schema.json`, readSchema(`${name}.schema.json`));
  for (const table of TABLE_NAMES)
    out.set(`rows/${table}.schema.json`, readSchema(`rows/${table}.schema.json`));
  const onDisk = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).length;
  if (onDisk !== SCHEMA_NAMES.length) {
    throw new Error(
      `schema folder ${schemaDir.pathname} holds ${onDisk} schemas, expected ${SCHEMA_NAMES.length}`,
    );
  }
  return out;
}
