import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readData } from '../../lexicon/read-data.js';

const SOURCES = new URL('../../../../../../shared/resources/event-dictionaries', import.meta.url).pathname;
const GENERATED = ['event-verbs.json', 'cameo-plover.json', 'agents.json'];
const generatedDir = new URL('../../../data/generated/', import.meta.url);

describe('generated event vocabulary', () => {
  it.each(GENERATED)('data/generated/%s passes its JSON Schema and names its source and licence', (name) => {
    const data = readData<{ source: string; licence: string }>(`generated/${name}`);
    expect(data.source.length).toBeGreaterThan(0);
    expect(data.licence).toMatch(/MIT|CC BY-SA 4\.0/);
  });

  // CI may run without the shared dictionaries; the committed output is then all there is to check
  it.skipIf(!existsSync(SOURCES))(
    'the committed files are what the generator makes from the dictionaries',
    async () => {
      const script = new URL('../../../scripts/generate-event-vocabulary.mjs', import.meta.url).href;
      const { generate } = (await import(script)) as { generate: (dir: string) => Record<string, unknown> };
      const made = generate(SOURCES);
      for (const name of GENERATED) {
        const committed = readFileSync(new URL(name, generatedDir), 'utf8');
        expect(`${JSON.stringify(made[name], null, 1)}\n`, name).toBe(committed);
      }
    },
  );
});
