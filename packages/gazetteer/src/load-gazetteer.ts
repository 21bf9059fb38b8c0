import { readFileSync } from 'node:fs';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './build-gazetteer.js';

export type { Capital, EntityType, Gazetteer, GazetteerEntry } from './build-gazetteer.js';
export { buildGazetteer } from './build-gazetteer.js';

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')) as T;
}

let bundled: Gazetteer | undefined;
let cities: ReadonlySet<string> | undefined;

/** The gazetteer shipped with this package (read once; immutable): countries, regions, first-level administrative regions, hand-verified entries. */
export function defaultGazetteer(): Gazetteer {
  bundled ??= buildGazetteer([
    ...readData<{ countries: GazetteerEntry[] }>('countries.json').countries,
    ...readData<{ regions: GazetteerEntry[] }>('regions.json').regions,
    ...readData<{ regions: GazetteerEntry[] }>('admin1.json').regions,
    ...readData<GazetteerEntry[]>('south-asia-entities.json'),
  ]);
  return bundled;
}

/** Lower-case names of the world's cities above the generator's population threshold (no QIDs). */
export function cityNames(): ReadonlySet<string> {
  cities ??= new Set(readData<{ cities: string[] }>('cities.json').cities.map((c) => c.toLowerCase()));
  return cities;
}
