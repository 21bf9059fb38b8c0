import { sha256 } from '@newsfacts/evidence';
import { SCHEMA_VERSION, type Source } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { RunError } from '../run-error.js';
import { DatasetAssembler } from './assemble-dataset.js';
import type { CorpusEntry } from './corpus-entry.js';

const source = (id: string, text: string): Source =>
  ({
    id,
    sha256: sha256(text),
    length: [...text].length,
  }) as Source;

const entry = (label: string, id: string, text: string): CorpusEntry => ({
  seq: 0,
  kind: 'document',
  label,
  text,
  json: JSON.stringify({
    schema_version: SCHEMA_VERSION,
    source: source(id, text),
    entities: [],
    quotes: [],
    events: [],
    relations: [],
  }),
});

describe('DatasetAssembler', () => {
  it('keeps one copy of an article given twice under one source id', () => {
    const a = new DatasetAssembler(() => {});
    a.add(entry('a.txt', 'story', 'One text.'));
    a.add(entry('b.txt', 'story', 'One text.'));
    expect(a.articles).toBe(1);
    expect([...a.texts.keys()]).toEqual(['story']);
  });

  it('refuses two different texts under one source id, naming the article', () => {
    const a = new DatasetAssembler(() => {});
    a.add(entry('a.txt', 'story', 'One text.'));
    let error: unknown;
    try {
      a.add(entry('b.txt', 'story', 'Another text.'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RunError);
    expect((error as RunError).code).toBe('pipeline/duplicate-source');
    expect((error as RunError).message).toBe("b.txt: source id 'story' is used by two different texts");
  });
});
