import { cityNames, defaultGazetteer } from '@newsfacts/gazetteer';

/** Country record with the names news uses for it. */
export interface Country {
  name: string;
  iso: string;
  capitals: string[];
}

/** What the place lookups need from extract's own word lists. */
export interface PlaceWords {
  /** Hand-written regions and older names the gazetteer lacks (data/places.json). */
  places: readonly string[];
  regionalDemonyms: Record<string, string>;
  /** Lower-case words that never make a city name on their own: common words, given names, titles. */
  notPlaces: ReadonlySet<string>;
}

const theless = (s: string) => s.toLowerCase().replace(/^the /, '');

/**
 * Country, demonym, capital and place lookups over the gazetteer's data (the one owner of place
 * knowledge), indexed by lower-case key so each lookup is one Map or Set probe.
 */
export function loadPlaces(words: PlaceWords) {
  const gazetteer = defaultGazetteer();
  const countryByKey = new Map<string, Country>();
  const demonymCountry = new Map<string, string>();
  const capitalCountry = new Map<string, string>();
  const places = new Set(words.places.map((p) => p.toLowerCase()));
  for (const e of gazetteer.entries) {
    // A region named like a common word or a given name ("Mara") is no place on its own, as for cities.
    const key = e.name.toLowerCase();
    if (e.type === 'location' && !e.iso3166_1_alpha2 && !words.notPlaces.has(key)) places.add(key);
    if (!e.iso3166_1_alpha2) continue;
    const capitals = (e.capitals ?? []).map((c) => c.name);
    const country: Country = { name: e.name, iso: e.iso3166_1_alpha2, capitals };
    for (const n of [e.name, ...e.aliases])
      if (!countryByKey.has(theless(n))) countryByKey.set(theless(n), country);
    for (const d of e.demonyms ?? []) demonymCountry.set(d.toLowerCase(), e.name);
    for (const c of capitals) capitalCountry.set(c.toLowerCase(), e.name);
  }
  for (const [d, place] of Object.entries(words.regionalDemonyms)) demonymCountry.set(d.toLowerCase(), place);
  for (const city of cityNames()) if (!words.notPlaces.has(city)) places.add(city);
  return { countryByKey, demonymCountry, capitalCountry, places };
}
