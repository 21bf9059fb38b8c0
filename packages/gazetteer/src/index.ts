export { countryCode, isCountryCode } from './country-code.js';
export type { EntityType, Gazetteer, GazetteerEntry } from './load-gazetteer.js';
export { buildGazetteer, defaultGazetteer, normalizeKey } from './load-gazetteer.js';
