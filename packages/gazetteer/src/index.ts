export { countryCode, isCountryCode } from './country-code.js';
export type { Capital, EntityType, Gazetteer, GazetteerEntry } from './load-gazetteer.js';
export { buildGazetteer, cityNames, defaultGazetteer, linkingGazetteer } from './load-gazetteer.js';
