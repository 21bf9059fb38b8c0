import { normalizeKey } from '@newsfacts/evidence';
export type EntityType = 'person' | 'organization' | 'location';

/** A country's capital city, with its QID only where a source states it. */
export interface Capital {
  name: string;
  qid: string | null;
  source?: string | null;
  reason?: string;
}

/** One entry of a gazetteer data file (see data/SOURCES.md for where each QID comes from). */
export interface GazetteerEntry {
  name: string;
  type: EntityType;
  qid: string | null;
  aliases: string[];
  iso3166_1_alpha2?: string;
  iso3166_1_alpha3?: string;
  /**
   * A place inside a country (first-level regions, sub-national areas, cities): that country's ISO 3166-1
   * alpha-2 code. Countries use `iso3166_1_alpha2` instead.
   */
  country?: string;
  /**
   * Entries of `admin1-shared.json` only: the countries (ISO 3166-1 alpha-2) of the other places that share
   * the name, none of them in `country`.
   */
  sharedWith?: string[];
  /** Countries only: "Kenyan", "Kenyans". */
  demonyms?: string[];
  /** Countries only; the first is the seat of government. */
  capitals?: Capital[];
  source: string | null;
  evidence?: string | null;
  reason?: string;
  /**
   * Set on the entries of large generated lists (`nsi-entities.json`): only an entity extraction gave the
   * same type links to them; a hand-verified entry may correct the type ("Reuters" found as a person).
   */
  sameTypeOnly?: boolean;
  /**
   * The name alone is common words ("National Park Service"): only the aliases, which the country qualifies
   * ("US National Park Service"), are looked up.
   */
  qualifiedOnly?: boolean;
}

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /** Places whose name places in other countries share (`sharedWith`): never found by `lookup`. */
  readonly sharedEntries: readonly GazetteerEntry[];
  /** Entries whose name or alias equals the key (see normalizeKey), in file order. */
  lookup(surface: string): readonly GazetteerEntry[];
  /**
   * Shared-name places with this name or alias ("Victoria": the Australian state, shared with Canada's
   * city), for a linker that knows which country the text is about.
   */
  shared(surface: string): readonly GazetteerEntry[];
  /**
   * Entries a place name can stand for by metonymy ("New Delhi said" → India): a country's capitals,
   * and aliases written as "Rawalpindi (as Pakistan Army HQ)" in the hand-written data.
   */
  metonymsOf(surface: string): readonly GazetteerEntry[];
  /** The country with this name or alias. */
  country(surface: string): GazetteerEntry | undefined;
  /** The country of a demonym ("Kenyan", "Kenyans"). */
  countryOfDemonym(word: string): GazetteerEntry | undefined;
  /** The country whose capital this city is. */
  countryOfCapital(city: string): GazetteerEntry | undefined;
}

const METONYM_ALIAS = /^(.+?) \(as (?:the )?[^)]*\)$/u;

type Index = Map<string, GazetteerEntry[]>;

function add(map: Index, form: string, e: GazetteerEntry): void {
  const key = normalizeKey(form);
  const list = map.get(key) ?? [];
  if (!list.includes(e)) list.push(e);
  map.set(key, list);
}

function indexEntry(e: GazetteerEntry, names: Index, metonyms: Index, countries: Index): void {
  if (!e.qualifiedOnly) add(names, e.name, e);
  for (const alias of e.aliases) {
    const metonym = METONYM_ALIAS.exec(alias);
    if (metonym) add(metonyms, metonym[1]!, e);
    else add(names, alias, e);
  }
  if (!e.iso3166_1_alpha2) return;
  for (const form of [e.name, ...e.aliases]) add(countries, form, e);
  for (const c of e.capitals ?? []) add(metonyms, c.name, e);
}

function first(map: Index, surface: string): GazetteerEntry | undefined {
  return map.get(normalizeKey(surface))?.[0];
}

export function buildGazetteer(
  entries: readonly GazetteerEntry[],
  sharedEntries: readonly GazetteerEntry[] = [],
): Gazetteer {
  const names: Index = new Map();
  const shared: Index = new Map();
  for (const e of sharedEntries) for (const form of [e.name, ...e.aliases]) add(shared, form, e);
  const metonyms: Index = new Map();
  const countries: Index = new Map();
  const demonyms: Index = new Map();
  for (const e of entries) {
    indexEntry(e, names, metonyms, countries);
    for (const d of e.demonyms ?? []) add(demonyms, d, e);
  }
  return {
    entries,
    sharedEntries,
    lookup: (surface) => names.get(normalizeKey(surface)) ?? [],
    shared: (surface) => shared.get(normalizeKey(surface)) ?? [],
    metonymsOf: (surface) => metonyms.get(normalizeKey(surface)) ?? [],
    country: (surface) => first(countries, surface),
    countryOfDemonym: (word) => first(demonyms, word),
    countryOfCapital: (city) => metonyms.get(normalizeKey(city))?.find((e) => e.iso3166_1_alpha2),
  };
}
