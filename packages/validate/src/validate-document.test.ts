import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSampleDataset, SAMPLE_TEXT } from './fixtures/sample.js';
import { tempDir } from './fixtures/temp-dir.js';
import { readJsonFile, validateDocument, validateFiles } from './index.js';

function sampleDocument() {
  const d = makeSampleDataset();
  return {
    schema_version: '1.0.0',
    source: d.sources[0],
    entities: d.entities,
    quotes: d.quotes,
    events: d.events,
    relations: [],
  };
}

describe('validateDocument', () => {
  it('accepts a valid document and checks spans when the text is given', () => {
    expect(validateDocument(sampleDocument(), SAMPLE_TEXT).problems).toEqual([]);
    const doc = sampleDocument();
    doc.quotes[0]!.evidence.exact = 'changed';
    const report = validateDocument(doc, SAMPLE_TEXT, { file: 'doc.json' });
    expect(report.problems).toMatchObject([
      {
        code: 'span/text-mismatch',
        file: 'doc.json',
        record: 'quote:1',
        pointer: '/quotes/0/evidence/exact',
      },
    ]);
  });

  it('warns without the text, and points into the document for schema problems', () => {
    expect(validateDocument(sampleDocument()).problems.map((p) => p.code)).toEqual(['source/text-missing']);
    const doc = sampleDocument() as Record<string, unknown>;
    delete (doc.source as Record<string, unknown>).sha256;
    expect(validateDocument(doc).problems).toMatchObject([
      { code: 'schema/required', pointer: '/source/sha256' },
    ]);
    expect(validateDocument(42).problems[0]?.code).toBe('schema/type');
  });

  it('validateFiles reads a document, with its text from opts.texts', async () => {
    const path = join(tempDir(), 'article.json');
    writeFileSync(path, `\ufeff${JSON.stringify(sampleDocument())}`);
    const report = await validateFiles([path], { texts: new Map([['sample', SAMPLE_TEXT]]) });
    expect(report).toMatchObject({ valid: true, warnings: 0 });
  });
});

describe('readJsonFile', () => {
  it('gives line:column for malformed JSON and never lets __proto__ through', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{\n  "a": 1,\n  "b": }\n');
    const bad = readJsonFile(join(dir, 'bad.json'));
    expect(bad.ok ? '' : bad.problem.message).toMatch(/bad\.json:3:8:/);
    writeFileSync(join(dir, 'proto.json'), '{"a": [{"\\u005f_proto__": {"x": 1}}]}');
    const proto = readJsonFile(join(dir, 'proto.json'));
    expect(proto.ok ? null : proto.problem).toMatchObject({
      code: 'input/forbidden-key',
      pointer: '/a/0/__proto__',
    });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
