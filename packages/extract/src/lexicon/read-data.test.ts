import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadStandalone, newAjv } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { readData } from './read-data.js';

const dataDir = new URL('../../data/', import.meta.url);
const dataFiles = readdirSync(dataDir).filter((f) => f.endsWith('.json'));

describe('word lists are data checked by a JSON Schema at load', () => {
  it.each(dataFiles)('data/%s has a schema and matches it', (name) => {
    expect(() => readData(name)).not.toThrow();
  });

  it('the build compiled every word-list schema, and those validators reject what Ajv rejects', () => {
    const built = loadStandalone(new URL('../../dist/data-validators.cjs', import.meta.url));
    const schemas = ['schemas/', 'schemas/generated/'].flatMap((sub) =>
      readdirSync(new URL(sub, dataDir))
        .filter((f) => f.endsWith('.schema.json'))
        .map((f) => JSON.parse(readFileSync(new URL(sub + f, dataDir), 'utf8')) as { $id: string }),
    );
    expect(Object.keys(built).sort()).toEqual(schemas.map((x) => x.$id).sort());
    const ajv = newAjv();
    for (const schema of schemas) {
      const compiled = ajv.compile(schema);
      for (const bad of [null, 7, 'x', [], { unexpected: true }]) {
        expect(built[schema.$id]!(bad), schema.$id).toBe(compiled(bad));
        expect(built[schema.$id]!.errors, schema.$id).toEqual(compiled.errors);
      }
    }
  });

  it('names the file and the JSON pointer of a list that breaks its schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    mkdirSync(join(dir, 'schemas'));
    writeFileSync(
      join(dir, 'schemas', 'tiny.schema.json'),
      JSON.stringify({
        $id: 'urn:newsfacts:test:tiny',
        type: 'object',
        properties: { words: { type: 'array', items: { type: 'string', minLength: 1 } } },
      }),
    );
    writeFileSync(join(dir, 'tiny.json'), JSON.stringify({ words: ['ok', ''] }));
    expect(() => readData('tiny.json', pathToFileURL(`${dir}/`))).toThrow(
      'data/tiny.json#/words/1: must NOT have fewer than 1 characters',
    );
  });
});
