import { describe, expect, it } from 'vitest';
import { STYLES } from './styles.js';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const variable = (name: string) => new RegExp(`--${name}:(#[0-9a-f]{6})`).exec(STYLES)?.[1] ?? 'missing';

describe('styles', () => {
  // Every text colour against every background it is drawn on (WCAG AA: 4.5:1).
  const pairs: [string, string][] = [
    ['fg', 'per-bg'],
    ['fg', 'org-bg'],
    ['fg', 'loc-bg'],
    ['fg', 'ent-bg'],
    ['fg', 'quote-bg'],
    ['fg', 'event-bg'],
    ['fg', 'bg-soft'],
    ['muted', 'bg-soft'],
    ['per', 'per-bg'],
    ['org', 'org-bg'],
    ['loc', 'loc-bg'],
    ['quote', 'quote-bg'],
    ['event', 'event-bg'],
  ];
  it.each(pairs)('%s on %s has contrast of at least 4.5:1', (text, background) => {
    expect(contrast(variable(text), variable(background))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(['per', 'org', 'loc', 'ent', 'quote', 'event', 'muted'])(
    '%s on white has contrast of at least 4.5:1',
    (text) => {
      expect(contrast(variable(text), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    },
  );
});
