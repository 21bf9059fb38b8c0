import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  getAjv,
  loadSchemas,
  loadStandalone,
  SCHEMA_NAMES,
  TABLE_NAMES,
  validateAgainst,
  validateRow,
  validatorFor,
} from './index.js';

const repoSchemas = fileURLToPath(new URL('../../../schemas/', import.meta.url));
const invalid = JSON.parse(
  readFileSync(new URL('../fixtures/invalid.json', import.meta.url), 'utf8'),
) as Record<string, { data: unknown; pointer: string; keyword: string }[]>;

function walk(
  node: unknown,
  path: string,
  visit: (node: Record<string, unknown>, path: string) => void,
): void {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) walk(n, `${path}/${i}`, visit);
  } else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`, visit);
  }
}

describe('schemas', () => {
  const schemas = loadSchemas();

  it('the package copy is identical to the repository schemas/', () => {
    for (const [rel, schema] of schemas) {
      expect(schema, rel).toEqual(JSON.parse(readFileSync(`${repoSchemas}${rel}`, 'utf8')));
    }
    const top = readdirSync(repoSchemas).filter((f) => f.endsWith('.schema.json'));
    expect(top.sort()).toEqual(SCHEMA_NAMES.map((n) => `${n}.schema.json`).sort());
  });

  it('each has a versioned $id, a title, examples and a description on every property', () => {
    for (const [rel, schema] of schemas) {
      expect(schema.$id, rel).toBe(`https://schemas.newsfacts.org/v1/${rel}`);
      expect(schema.title, rel).toBeTruthy();
      expect(schema.description, rel).toBeTruthy();
      if (rel !== 'common.schema.json') expect(Array.isArray(schema.examples), `${rel} examples`).toBe(true);
      walk(schema, '', (node, path) => {
        const props = node.properties as Record<string, Record<string, unknown>> | undefined;
        if (!props || (path.includes('/oneOf/') && !('additionalProperties' in node))) return;
        for (const [k, v] of Object.entries(props)) {
          if (path.endsWith('/anchor') || (path.includes('/oneOf/') && Object.keys(v).length === 1)) continue;
          expect(v.description ?? (v.$ref ? 'ref' : undefined), `${rel}${path}/properties/${k}`).toBeTruthy();
        }
      });
    }
  });

  it('every object schema rejects unknown properties', () => {
    for (const [rel, schema] of schemas) {
      walk(schema, '', (node, path) => {
        if (node.type !== 'object' || path.endsWith('/counts')) return;
        // A closed object, or one whose oneOf alternatives are each closed.
        if (node.additionalProperties === false) return;
        const branches = (node.oneOf as Record<string, unknown>[] | undefined) ?? [node];
        for (const b of branches) expect(b.additionalProperties, `${rel}${path}`).toBe(false);
      });
    }
  });

  it('every example is valid', () => {
    for (const name of SCHEMA_NAMES) {
      const schema = schemas.get(`${name}.schema.json`)!;
      for (const example of (schema.examples as unknown[] | undefined) ?? []) {
        expect(validateAgainst(name, example), name).toEqual([]);
      }
    }
    for (const table of TABLE_NAMES) {
      const schema = schemas.get(`rows/${table}.schema.json`)!;
      for (const example of (schema.examples as unknown[] | undefined) ?? []) {
        expect(validateRow(table, example), table).toEqual([]);
      }
    }
  });

  it.each(Object.entries(invalid).filter(([, cases]) => cases.length > 0))(
    'invalid %s fixtures fail with the expected error',
    (name, cases) => {
      for (const c of cases) {
        const errors = validateAgainst(name as (typeof SCHEMA_NAMES)[number], c.data);
        expect(errors.length, JSON.stringify(c.data)).toBeGreaterThan(0);
        expect(errors).toContainEqual(expect.objectContaining({ pointer: c.pointer, keyword: c.keyword }));
      }
    },
  );

  it('reports all errors, not only the first', () => {
    const errors = validateAgainst('event-relation', { id: '', from: 1 });
    expect(errors.length).toBeGreaterThan(3);
  });

  it('the validators compiled at build time are every schema and give the errors Ajv gives', () => {
    const built = loadStandalone(new URL('../dist/validators.cjs', import.meta.url));
    const ajv = getAjv();
    const ids = [...schemas.values()].map((s) => s.$id as string).sort();
    expect(Object.keys(built).sort()).toEqual(ids);
    const samples: [string, unknown][] = [];
    for (const [file, schema] of schemas) {
      for (const example of (schema.examples as unknown[] | undefined) ?? []) samples.push([file, example]);
    }
    for (const [name, cases] of Object.entries(invalid))
      for (const c of cases) samples.push([`${name}.schema.json`, c.data]);
    expect(samples.length).toBeGreaterThan(40);
    for (const [file, data] of samples) {
      const id = schemas.get(file)!.$id as string;
      const a = built[id]!;
      const b = ajv.getSchema(id)!;
      expect(a(data), file).toBe(b(data));
      expect(a.errors ?? null, file).toEqual(b.errors ?? null);
    }
  });

  it('compiles every schema in strict mode', () => {
    for (const name of SCHEMA_NAMES) expect(typeof validatorFor(name)).toBe('function');
  });

  it('the committed TypeScript types are generated from the current schemas', () => {
    const script = fileURLToPath(new URL('../scripts/generate-types.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
