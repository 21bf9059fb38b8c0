import { describe, expect, it } from 'vitest';
import { makeSource } from '../../fixtures/make-source.js';
import { extractArticle } from '../../index.js';

const entities = (text: string, outlet: string | null) =>
  extractArticle(makeSource(text, null, 'test-article', outlet), text).entities.map((e) => [e.name, e.type]);

describe('the outlet named in its own article', () => {
  it('is an organization, a lone unknown word or several words, with or without "The"', () => {
    expect(entities('Zorvex spoke with a cosplayer at the fair.', 'Zorvex')).toContainEqual([
      'Zorvex',
      'organization',
    ]);
    expect(
      entities('The minister told the Daily Zorvex on Monday that talks would go on.', 'The Daily Zorvex'),
    ).toContainEqual(['Daily Zorvex', 'organization']);
  });

  it('changes nothing without an outlet, or when the text does not name it', () => {
    expect(entities('Zorvex spoke with a cosplayer at the fair.', null)).not.toContainEqual([
      'Zorvex',
      'organization',
    ]);
    expect(entities('Zorvex spoke with a cosplayer at the fair.', 'Velmora Times')).not.toContainEqual([
      'Zorvex',
      'organization',
    ]);
    // a lower-case outlet name is no name to look for
    expect(entities('Zorvex spoke with a cosplayer at the fair.', 'zorvex')).not.toContainEqual([
      'Zorvex',
      'organization',
    ]);
  });
});
