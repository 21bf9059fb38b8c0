import { readFileSync } from 'node:fs';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './build-gazetteer.js';

export type { Capital, EntityType, Gazetteer, GazetteerEntry } from './build-gazetteer.js';
export { buildGazetteer } from './build-gazetteer.js';

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')) as T;
}

let bundled: Gazetteer | undefined;
let cities: ReadonlySet<string> | undefined;

/**
 * The gazetteer shipped with this package (read once; immutable): countries, regions, first-level
 * administrative regions, hand-verified entries; and apart, the first-level regions whose name places in
 * other countries share (`admin1-shared.json`, see `Gazetteer.shared`).
 */
export function defaultGazetteer(): Gazetteer {
  bundled ??= buildGazetteer(
    [
      ...readData<{ countries: GazetteerEntry[] }>('countries.json').countries,
      ...readData<{ regions: GazetteerEntry[] }>('regions.json').regions,
      ...readData<{ regions: GazetteerEntry[] }>('admin1.json').regions,
      ...readData<GazetteerEntry[]>('south-asia-entities.json'),
    ],
    readData<{ regions: GazetteerEntry[] }>('admin1-shared.json').regions,
  );
  return bundled;
}

let linking: Gazetteer | undefined;
/**
 * The default gazetteer plus the organizations and cities of `nsi-entities.json`, for linking extracted
 * entities to QIDs. Extraction reads `defaultGazetteer()` only: 15,000 brand and operator names ("Marc",
 * "Claudio") must not become names or cut a person's name in two. Read on first use.
 */
export function linkingGazetteer(): Gazetteer {
  if (linking) return linking;
  const nsi = readData<{ source: string; entries: Omit<GazetteerEntry, 'source'>[] }>('nsi-entities.json');
  linking = buildGazetteer(
    [
      ...defaultGazetteer().entries,
      ...nsi.entries.map((e) => ({ ...e, source: nsi.source, sameTypeOnly: true })),
    ],
    defaultGazetteer().sharedEntries,
  );
  return linking;
}

/** Lower-case names of the world's cities above the generator's population threshold (no QIDs). */
export function cityNames(): ReadonlySet<string> {
  cities ??= new Set(readData<{ cities: string[] }>('cities.json').cities.map((c) => c.toLowerCase()));
  return cities;
}
