import { evaluate, f1, goldSource, loadGoldDir, rate } from '@newsfacts/evaluate';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

const run = (dir: string) =>
  evaluate(loadGoldDir(new URL(`../../../tests/gold/${dir}`, import.meta.url).pathname), (a) => {
    const source = goldSource(a);
    return { schema_version: '1.0.0', source, ...extractArticle(source, a.text) };
  });

type Floors = Partial<Record<'entities' | 'directQuotes' | 'indirectQuotes' | 'events', number>> &
  Partial<Record<'speaker' | 'eventType' | 'date' | 'participants', number>> & { beatsBaseline?: boolean };

// Floors sit a little below the figures reached when they were set, so a regression fails here.
// wikinews: the real development set (issue 3 targets: entities 0.90, direct 0.95, speaker 0.90,
// indirect 0.70, events 0.70, type 0.75, date 0.80). seed: the hand-made seed gold. heldout and
// unseen: synthetic articles in other house styles (wire, British, blog, repost, business, Title Case;
// international wire, court, disaster, election, health), gold written before extraction ran on them.
const FLOORS: Record<string, Floors> = {
  wikinews: {
    entities: 0.95,
    directQuotes: 0.95,
    speaker: 0.9,
    indirectQuotes: 0.85,
    events: 0.85,
    eventType: 0.9,
    date: 0.9,
    participants: 0.85,
    beatsBaseline: true,
  },
  seed: {
    entities: 0.9,
    directQuotes: 0.9,
    speaker: 0.9,
    indirectQuotes: 0.7,
    events: 0.8,
    date: 0.9,
    participants: 0.9,
  },
  heldout: {
    entities: 0.95,
    directQuotes: 0.95,
    speaker: 0.95,
    indirectQuotes: 0.9,
    events: 0.9,
    eventType: 0.88,
    date: 0.75,
    participants: 0.8,
    beatsBaseline: true,
  },
  unseen: {
    entities: 0.9,
    directQuotes: 0.95,
    speaker: 0.95,
    indirectQuotes: 0.95,
    events: 0.75,
    eventType: 0.95,
    date: 0.9,
    participants: 0.9,
    beatsBaseline: true,
  },
};

describe('extraction quality against gold', () => {
  it.each(Object.entries(FLOORS))('meets the floors on tests/gold/%s', (dir, floors) => {
    const { system, baseline } = run(dir);
    const t = system.total;
    for (const k of ['entities', 'directQuotes', 'indirectQuotes', 'events'] as const) {
      if (floors[k] !== undefined) expect(f1(t[k]), k).toBeGreaterThanOrEqual(floors[k]);
    }
    for (const k of ['speaker', 'eventType', 'date', 'participants'] as const) {
      if (floors[k] !== undefined) expect(rate(t[k]), k).toBeGreaterThanOrEqual(floors[k]);
    }
    if (floors.beatsBaseline) expect(f1(t.entities)).toBeGreaterThan(f1(baseline.total.entities));
  });
});
