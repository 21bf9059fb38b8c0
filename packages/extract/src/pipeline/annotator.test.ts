import { indexCodePoints } from '@newsfacts/evidence';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../annotators/segment-text.js';
import { makeSource } from '../fixtures/make-source.js';
import { english } from '../language/english.js';
import { defineAnnotator, definePipeline, runPipeline } from './annotator.js';

const countSentences = defineAnnotator({
  name: 'count-sentences',
  needs: ['segments'],
  adds: ['statements'],
  run: () => ({ statements: [] }),
});

describe('definePipeline', () => {
  it('refuses an annotator placed before the one adding what it needs', () => {
    expect(() => definePipeline([countSentences, segmentText])).toThrow(
      'annotator count-sentences needs segments, added by no earlier annotator',
    );
  });

  it('refuses two annotators adding the same layer', () => {
    expect(() => definePipeline([segmentText, segmentText])).toThrow(
      'annotator segment-text adds segments, already added',
    );
  });

  it('runs annotators in order, each seeing the layers added before it', () => {
    const text = 'Talks began. They ended.';
    const doc = runPipeline(definePipeline([segmentText, countSentences]), {
      source: makeSource(text, null),
      cp: indexCodePoints(text),
    });
    expect(doc.segments?.sentences).toHaveLength(2);
    expect(doc.statements).toEqual([]);
  });
});

describe('the English pipeline', () => {
  it('lists its annotators in an order where every need is met', () => {
    expect(english.pipeline.annotators.map((a) => a.name)).toEqual([
      'segment-text',
      'find-entities',
      'find-quotes',
      'mark-quotes',
      'find-events',
    ]);
  });
});
