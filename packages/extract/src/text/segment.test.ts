import { describe, expect, it } from 'vitest';
import { segment } from './segment.js';

const sentences = (text: string) => {
  const doc = segment(text);
  return doc.sentences.map((s) => text.slice(doc.tokens[s.from]!.start, doc.tokens[s.to - 1]!.end));
};

describe('sentences', () => {
  it('does not end a sentence after a title or an initial', () => {
    expect(sentences('Mr. Smith met Gen. J. Doe on Monday. They talked.')).toEqual([
      'Mr. Smith met Gen. J. Doe on Monday.',
      'They talked.',
    ]);
  });

  it('reads "No." as an abbreviation only before a number', () => {
    expect(sentences('He lives at No. 10 Downing Street.')).toHaveLength(1);
    expect(sentences('Three members voted no. Webb had asked for a delay.')).toEqual([
      'Three members voted no.',
      'Webb had asked for a delay.',
    ]);
  });
});
