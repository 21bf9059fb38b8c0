import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readData } from './read-data.js';

const dataDir = new URL('../../data/', import.meta.url);
const dataFiles = readdirSync(dataDir).filter((f) => f.endsWith('.json'));

describe('word lists are data checked by a JSON Schema at load', () => {
  it.each(dataFiles)('data/%s has a schema and matches it', (name) => {
    expect(() => readData(name)).not.toThrow();
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
