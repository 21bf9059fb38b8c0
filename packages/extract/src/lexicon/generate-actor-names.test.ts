import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lexicon } from './load-lexicons.js';

const dictionaries = fileURLToPath(
  new URL('../../../../../shared/resources/event-dictionaries/', import.meta.url),
);
const committed = new URL('../../data/generated/actor-names.json', import.meta.url);

describe('known actor names generated from the Phoenix dictionaries', () => {
  it.skipIf(!existsSync(dictionaries))('the committed file is what the script writes', async () => {
    // @ts-expect-error the generator is a plain .mjs script without types
    const { generateActorNames } = await import('../../scripts/generate-actor-names.mjs');
    expect(generateActorNames(dictionaries)).toBe(readFileSync(committed, 'utf8'));
  });

  it('types companies, media, armed groups, places and leaders', () => {
    expect(lexicon.actorType('microsoft')).toBe('organization');
    expect(lexicon.actorType('new york times')).toBe('organization');
    expect(lexicon.actorType('taliban')).toBe('organization');
    expect(lexicon.actorType('kabul')).toBe('location');
    expect(lexicon.actorType('hamid karzai')).toBe('person');
  });
});
