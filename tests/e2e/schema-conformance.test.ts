import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAjv, loadSchemas, SCHEMA_BASE } from '@newsfacts/schemas';
import { toRows } from '@newsfacts/tables';
import { makeSampleDataset } from '@newsfacts/tables/testing';
import { describe, expect, it } from 'vitest';
import { pythonWith, runPython } from '../helpers/python.js';

// Regression (issue 15.7): python-jsonschema accepted ids, QIDs and dates with a trailing newline that Ajv
// rejected (Python's `$` matches before a final newline), and row schemas were looser than record schemas.
// Every case below goes through both engines; they must agree, and agree with the expectation.

interface Case {
  name: string;
  schema: string;
  value: unknown;
  valid: boolean;
}

const dataset = makeSampleDataset();
const rows = toRows(dataset);
const source = dataset.sources[0]!;
const sourceRow = rows.sources[0]!;
const entity = dataset.entities.find((e) => e.qid) ?? dataset.entities[0]!;
const entityRow = rows.entities.find((e) => e.id === entity.id)!;
const record = (name: string) => `${SCHEMA_BASE}${name}.schema.json`;
const row = (table: string) => `${SCHEMA_BASE}rows/${table}.schema.json`;

/** The same field value probed in a record and in its row: both must accept or both reject. */
function paired(field: string, value: unknown, valid: boolean): Case[] {
  return [
    {
      name: `source.${field}=${JSON.stringify(value)}`,
      schema: record('source'),
      value: { ...source, [field]: value },
      valid,
    },
    {
      name: `sources row.${field}=${JSON.stringify(value)}`,
      schema: row('sources'),
      value: { ...sourceRow, [field]: value },
      valid,
    },
  ];
}

const CASES: Case[] = [
  { name: 'good source', schema: record('source'), value: source, valid: true },
  { name: 'good entity', schema: record('entity'), value: entity, valid: true },
  ...dataset.quotes.map((q) => ({
    name: `good quote ${q.id}`,
    schema: record('quote'),
    value: q,
    valid: true,
  })),
  ...dataset.events.map((e) => ({
    name: `good event ${e.id}`,
    schema: record('event'),
    value: e,
    valid: true,
  })),
  ...Object.entries(rows).flatMap(([t, rs]) =>
    (rs as unknown[]).map((r, i) => ({ name: `good ${t} row ${i}`, schema: row(t), value: r, valid: true })),
  ),
  {
    name: 'id with a final newline',
    schema: record('entity'),
    value: { ...entity, id: `${entity.id}\n` },
    valid: false,
  },
  {
    name: 'QID with a final newline',
    schema: record('entity'),
    value: { ...entity, qid: 'Q42\n' },
    valid: false,
  },
  {
    name: 'row QID with a final newline',
    schema: row('entities'),
    value: { ...entityRow, qid: 'Q42\n' },
    valid: false,
  },
  {
    name: 'row id with a final newline',
    schema: row('entities'),
    value: { ...entityRow, id: `${entityRow.id}\n` },
    valid: false,
  },
  ...paired('published', '2024-05-06', true),
  ...paired('published', '2024-13-45', false),
  ...paired('published', '2024-05-06\n', false),
  ...paired('url', 'https://example.org/a?b=c', true),
  ...paired('url', 'not a uri', false),
  ...paired('url', 'example.org/x', false),
  ...paired('language', 'en-GB', true),
  ...paired('language', 'EN', false),
  ...paired('language', 'en\n', false),
  ...paired('title', '', false),
  ...paired('title', 'NA', true),
  ...paired('outlet', '', false),
  ...paired('license', 'CC-BY-4.0\n', false),
];

const PYTHON_VALIDATE = `
import json, sys, jsonschema
payload = json.load(sys.stdin)
schemas = payload["schemas"]
cls = jsonschema.Draft202012Validator
checker = jsonschema.FormatChecker()
try:
    from referencing import Registry, Resource  # jsonschema >= 4.18
    registry = Registry().with_resources((uri, Resource.from_contents(s)) for uri, s in schemas.items())
    make = lambda s: cls(s, registry=registry, format_checker=checker)
except ImportError:
    make = lambda s: cls(s, resolver=jsonschema.RefResolver.from_schema(s, store=schemas), format_checker=checker)
print(json.dumps([make(schemas[c["schema"]]).is_valid(c["value"]) for c in payload["cases"]]))
`;

const python = pythonWith('jsonschema');

describe('schema conformance: Ajv and python-jsonschema', () => {
  it('Ajv gives every case its expected verdict', () => {
    const ajv = getAjv();
    const wrong = CASES.filter((c) => ajv.getSchema(c.schema)!(c.value) !== c.valid).map((c) => c.name);
    expect(wrong).toEqual([]);
  });

  it.skipIf(!python)(
    `python-jsonschema gives every case the same verdict as Ajv${python ? '' : ' (SKIPPED: no python3 with jsonschema; apt-get install python3-jsonschema)'}`,
    () => {
      const schemas = Object.fromEntries([...loadSchemas().values()].map((s) => [s.$id, s]));
      const input = JSON.stringify({ schemas, cases: CASES.map(({ schema, value }) => ({ schema, value })) });
      const verdicts: boolean[] = JSON.parse(runPython(python!, PYTHON_VALIDATE, [], process.cwd(), input));
      const wrong = CASES.filter((c, i) => verdicts[i] !== c.valid).map((c) => c.name);
      expect(wrong).toEqual([]);
    },
  );

  it('every pattern ends so that nothing, not even a newline, may follow', () => {
    const dir = fileURLToPath(new URL('../../schemas/', import.meta.url));
    const files = ['common', 'source', 'rows/sources', 'rows/entities', 'pipeline-config'];
    for (const f of files) {
      const text = readFileSync(join(dir, `${f}.schema.json`), 'utf8');
      for (const [, p] of text.matchAll(/"pattern": "((?:[^"\\]|\\.)*)"/g))
        expect(p, f).toMatch(/\$\(\?!\[\\\\s\\\\S\]\)$/);
    }
  });
});
