import { loadSchemas, type TableName } from '@newsfacts/schemas';

/** A Frictionless Data Package v2 table schema field. */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'array';
  description: string;
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; maximum?: number; pattern?: string };
}

export interface TableSchema {
  fields: Field[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues: string[];
}

/** References between tables; a null cell references nothing. */
const FOREIGN_KEYS: Partial<Record<TableName, [string, TableName][]>> = {
  mentions: [
    ['entity_id', 'entities'],
    ['source_id', 'sources'],
  ],
  quotes: [
    ['source_id', 'sources'],
    ['speaker_id', 'entities'],
  ],
  events: [
    ['source_id', 'sources'],
    ['location_id', 'entities'],
  ],
  event_evidence: [
    ['event_id', 'events'],
    ['source_id', 'sources'],
  ],
  event_participants: [
    ['event_id', 'events'],
    ['entity_id', 'entities'],
  ],
  event_relations: [
    ['from_event_id', 'events'],
    ['to_event_id', 'events'],
    ['source_id', 'sources'],
  ],
};

type Prop = {
  type?: string | string[];
  anyOf?: Prop[];
  $ref?: string;
  description?: string;
  enum?: string[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
};

function resolveRef(prop: Prop, common: Record<string, Prop>): Prop {
  if (!prop.$ref) return prop;
  const name = prop.$ref.split('/').pop()!;
  return { ...common[name], description: prop.description };
}

function toField(name: string, raw: Prop, common: Record<string, Prop>): Field {
  const prop = resolveRef(raw, common);
  const alternatives = (prop.anyOf ?? [prop]).map((p) => resolveRef(p, common));
  const types = alternatives.flatMap((p) => (Array.isArray(p.type) ? p.type : p.type ? [p.type] : []));
  const main = alternatives.find((p) => p.type !== 'null') ?? prop;
  const mainType = types.find((t) => t !== 'null') ?? 'string';
  const type: Field['type'] =
    mainType === 'array'
      ? 'array'
      : mainType === 'integer' || mainType === 'number' || mainType === 'boolean'
        ? mainType
        : main.format === 'date'
          ? 'date'
          : 'string';
  const constraints: NonNullable<Field['constraints']> = {};
  if (!types.includes('null')) constraints.required = true;
  if (main.enum) constraints.enum = main.enum;
  // Frictionless applies a pattern to string fields only (a v1 reader tests it against the cast value).
  if (main.pattern && type === 'string') constraints.pattern = main.pattern;
  if (main.minimum !== undefined) constraints.minimum = main.minimum;
  if (main.maximum !== undefined) constraints.maximum = main.maximum;
  return { name, type, description: raw.description ?? prop.description ?? '', constraints };
}

const cache = new Map<TableName, TableSchema>();

/** The Frictionless table schema of a published table, generated from its row schema. */
export function tableSchemaFor(table: TableName): TableSchema {
  const hit = cache.get(table);
  if (hit) return hit;
  const schemas = loadSchemas();
  const common = (schemas.get('common.schema.json')!.$defs ?? {}) as Record<string, Prop>;
  const row = schemas.get(`rows/${table}.schema.json`)!;
  const props = row.properties as Record<string, Prop>;
  const schema: TableSchema = {
    fields: Object.entries(props).map(([name, p]) => toField(name, p, common)),
    primaryKey: row['x-primaryKey'] as string[],
    foreignKeys: (FOREIGN_KEYS[table] ?? []).map(([field, resource]) => ({
      fields: [field],
      reference: { resource, fields: ['id'] },
    })),
    // No cell is ever an empty string (row schemas: minLength 1), so an empty cell is null in every column.
    // Said once for the whole schema, which Frictionless v1 and v2 readers both honour.
    missingValues: [''],
  };
  cache.set(table, schema);
  return schema;
}

/** Column names of a table, in their fixed order. */
export function columnsOf(table: TableName): string[] {
  return tableSchemaFor(table).fields.map((f) => f.name);
}
