import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { sha256 } from '@newsfacts/evidence';
import { TABLE_NAMES } from '@newsfacts/schemas';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { corpusInput } from './fixtures/make-input.js';
import { buildReleaseFiles } from './index.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** The official Data Package v2 profile (self-contained, draft-07), as vendored by @newsfacts/validate. */
function profileValidator() {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@newsfacts/validate'); // <package>/dist/index.js
  const profile = JSON.parse(
    readFileSync(new URL('../data/datapackage-2.0/datapackage.json', pathToFileURL(main)), 'utf8'),
  );
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(profile);
}

describe('datapackage.json', async () => {
  const files = await buildReleaseFiles({
    ...corpusInput('geneva-talks', { articles: 3, closed: [3] }),
    version: '1.1.0',
  });
  const pkg = JSON.parse(new TextDecoder().decode(files.get('datapackage.json')));

  it('is valid against the official Data Package v2 profile', () => {
    const validate = profileValidator();
    expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg).toMatchObject({ name: 'geneva-talks', version: '1.1.0', licenses: [{ name: 'CC-BY-4.0' }] });
    expect(pkg.sources[0]).toEqual({ title: 'Report 1', path: 'https://example.org/reports/1' });
  });

  it('describes every data and text file with its bytes and sha256', () => {
    const paths = pkg.resources.map((r: { path: string }) => r.path).sort();
    expect(paths).toEqual(
      [...files.keys()].filter((p) => p.startsWith('data/') || p.startsWith('texts/')).sort(),
    );
    for (const r of pkg.resources) {
      expect(r.bytes).toBe(files.get(r.path)!.byteLength);
      expect(r.hash).toBe(`sha256:${sha256(files.get(r.path)!)}`);
    }
  });

  it('makes the CSV files tabular resources whose foreign keys name CSV resources', () => {
    const names = new Set(pkg.resources.map((r: { name: string }) => r.name));
    expect(names.size).toBe(pkg.resources.length);
    for (const t of TABLE_NAMES) {
      const r = pkg.resources.find((x: { name: string }) => x.name === t);
      expect(r).toMatchObject({
        type: 'table',
        path: `data/${t}.csv`,
        dialect: { header: true, lineTerminator: '\n' },
      });
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = pkg.resources.find((x: { name: string }) => x.name === fk.reference.resource);
        expect(target?.path).toBe(`data/${fk.reference.resource}.csv`);
      }
    }
    expect(pkg.resources.find((r: { path: string }) => r.path === 'data/quotes.jsonl')).not.toHaveProperty(
      'schema',
    );
  });
});
