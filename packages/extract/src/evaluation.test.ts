import { evaluate, f1, goldSource, loadGoldDir, rate } from '@newsfacts/evaluate';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

const run = (dir: string) =>
  evaluate(loadGoldDir(new URL(`../../../tests/gold/${dir}`, import.meta.url).pathname), (a) => {
    const source = goldSource(a);
    return { schema_version: '1.0.0', source, ...extractArticle(source, a.text) };
  });

// Floors sit a little below the figures reached when they were set (issue 3 targets in comments), so a
// regression fails here.
describe('extraction quality against gold', () => {
  it('meets the floors on the Wikinews development set', () => {
    const { system, baseline } = run('wikinews');
    const t = system.total;
    expect(f1(t.entities)).toBeGreaterThanOrEqual(0.95); // target 0.90
    expect(f1(t.directQuotes)).toBeGreaterThanOrEqual(0.95); // target 0.95
    expect(rate(t.speaker)).toBeGreaterThanOrEqual(0.9); // target 0.90
    expect(f1(t.indirectQuotes)).toBeGreaterThanOrEqual(0.85); // target 0.70
    expect(f1(t.events)).toBeGreaterThanOrEqual(0.8); // target 0.70
    expect(rate(t.eventType)).toBeGreaterThanOrEqual(0.9); // target 0.75
    expect(rate(t.date)).toBeGreaterThanOrEqual(0.9); // target 0.80
    expect(rate(t.participants)).toBeGreaterThanOrEqual(0.55);
    expect(f1(t.entities)).toBeGreaterThan(f1(baseline.total.entities));
  });

  it('meets the floors on the hand-made seed gold', () => {
    const t = run('seed').system.total;
    expect(f1(t.entities)).toBeGreaterThanOrEqual(0.9);
    expect(f1(t.directQuotes)).toBeGreaterThanOrEqual(0.9);
    expect(rate(t.speaker)).toBeGreaterThanOrEqual(0.9);
    expect(f1(t.indirectQuotes)).toBeGreaterThanOrEqual(0.7);
    expect(f1(t.events)).toBeGreaterThanOrEqual(0.8);
    expect(rate(t.date)).toBeGreaterThanOrEqual(0.9);
  });

  // Six synthetic articles in other house styles (tests/gold/heldout), gold written before any rule was
  // tuned on them; the floors guard how extraction generalizes beyond the development set.
  it('meets the floors on the held-out styles', () => {
    const { system, baseline } = run('heldout');
    const t = system.total;
    expect(f1(t.entities)).toBeGreaterThanOrEqual(0.95);
    expect(f1(t.directQuotes)).toBeGreaterThanOrEqual(0.95);
    expect(rate(t.speaker)).toBeGreaterThanOrEqual(0.95);
    expect(f1(t.indirectQuotes)).toBeGreaterThanOrEqual(0.9);
    expect(f1(t.events)).toBeGreaterThanOrEqual(0.8);
    expect(rate(t.eventType)).toBeGreaterThanOrEqual(0.88);
    expect(rate(t.date)).toBeGreaterThanOrEqual(0.72);
    expect(rate(t.participants)).toBeGreaterThanOrEqual(0.8);
    expect(f1(t.entities)).toBeGreaterThan(f1(baseline.total.entities));
  });

  // Five synthetic articles in styles none of the sets above cover (tests/gold/unseen: international wire,
  // court, disaster, election, health), gold committed before extraction was run on them.
  it('meets the floors on the unseen styles', () => {
    const { system, baseline } = run('unseen');
    const t = system.total;
    expect(f1(t.entities)).toBeGreaterThanOrEqual(0.9);
    expect(f1(t.directQuotes)).toBeGreaterThanOrEqual(0.95);
    expect(rate(t.speaker)).toBeGreaterThanOrEqual(0.95);
    expect(f1(t.indirectQuotes)).toBeGreaterThanOrEqual(0.9);
    expect(f1(t.events)).toBeGreaterThanOrEqual(0.75);
    expect(rate(t.eventType)).toBeGreaterThanOrEqual(0.95);
    expect(rate(t.date)).toBeGreaterThanOrEqual(0.9);
    expect(rate(t.participants)).toBeGreaterThanOrEqual(0.8);
    expect(f1(t.entities)).toBeGreaterThan(f1(baseline.total.entities));
  });
});
