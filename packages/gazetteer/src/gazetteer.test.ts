import { describe, expect, it } from 'vitest';
import { countryCode, defaultGazetteer, normalizeKey } from './index.js';

describe('gazetteer', () => {
  it('finds entries by name and alias, case- and apostrophe-insensitively', () => {
    const g = defaultGazetteer();
    expect(g.entries.length).toBeGreaterThan(50);
    expect(g.lookup('pakistan')[0]?.qid).toBe('Q843');
    expect(g.lookup('The Washington Post')[0]?.type).toBe('organization');
    expect(normalizeKey('The  Pakistan’s')).toBe("pakistan's");
    expect(g.lookup('Nowhere-land')).toEqual([]);
    expect(g.lookup('New Delhi').map((e) => e.name)).toEqual(['New Delhi']);
    expect(g.metonymsOf('New Delhi').map((e) => e.name)).toContain('India');
  });

  it('keeps unverified QIDs null', () => {
    const unlinked = defaultGazetteer().entries.filter((e) => e.qid === null);
    expect(unlinked.length).toBeGreaterThan(0);
    for (const e of defaultGazetteer().entries) if (e.qid) expect(e.qid).toMatch(/^Q[1-9][0-9]*$/);
  });

  it('maps country names to ISO 3166-1 codes', () => {
    expect(countryCode('India')).toBe('IN');
    expect(countryCode('United States')).toBe('US');
    expect(countryCode('Kashmir')).toBeNull();
  });
});
