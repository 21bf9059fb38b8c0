import { isTidyAscii, normalizeKey } from '@newsfacts/evidence';
import { defaultGazetteer, type GazetteerEntry } from '@newsfacts/gazetteer';
import { lexicon } from '../../lexicon/load-lexicons.js';

const defaultGaz = defaultGazetteer();
/** Lookup keys of every gazetteer name and alias: a surface whose key is not here finds nothing. */
const GAZETTEER_KEYS = new Set<string>();
for (const e of defaultGaz.entries)
  for (const f of [e.name, ...e.aliases]) GAZETTEER_KEYS.add(normalizeKey(f));
const NOTHING: readonly GazetteerEntry[] = Object.freeze([]);

/**
 * The gazetteer entries extraction takes for a surface: a region or city (a place without a country
 * code) written as one common word, given name or title ("Mara", a Kenyan region, or "Mara Velkin") is
 * left to the other rules, as the city names are.
 */
export function placeEntries(surface: string, entries: readonly GazetteerEntry[]): readonly GazetteerEntry[] {
  if (entries.length === 0 || !lexicon.notPlaces.has(normalizeKey(surface))) return entries;
  const kept = entries.filter((e) => e.type !== 'location' || e.iso3166_1_alpha2);
  return kept.length === entries.length ? entries : kept;
}

/**
 * The gazetteer, asked only about surfaces that can match: most capitalized runs are not in it, and for
 * plain ASCII text the lookup key (see normalizeKey) is just the lower case without a leading "the ".
 */
export const gazetteer = {
  lookup: (surface: string): readonly GazetteerEntry[] =>
    isTidyAscii(surface) ? lookupTidy(surface, surface.toLowerCase()) : lookupAny(surface),
  /** lookup of a plain-ASCII surface (isTidyAscii) whose lower case the caller has already (`lower`). */
  lookupTidy,
  /** lookup without the pre-test of plain-ASCII surfaces. */
  lookupAny,
};

function lookupTidy(surface: string, lower: string): readonly GazetteerEntry[] {
  return GAZETTEER_KEYS.has(tidyKey(lower)) ? lookupAny(surface) : NOTHING;
}

function lookupAny(surface: string): readonly GazetteerEntry[] {
  return placeEntries(surface, defaultGaz.lookup(surface));
}

/**
 * The lookup key of a plain-ASCII surface from its lower case (normalizeKey's: without a leading "the "), which
 * is also its actor-list key (normalizeCore's, lower-cased).
 */
export function tidyKey(lower: string): string {
  return lower.startsWith('the ') ? lower.slice(4) : lower;
}
