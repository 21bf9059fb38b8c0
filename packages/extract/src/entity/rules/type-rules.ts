import { acronym } from './acronym.js';
import { ageApposition } from './age-apposition.js';
import { agencyName } from './agency-name.js';
import { camelCase } from './camel-case.js';
import { context } from './context.js';
import { country } from './country.js';
import { dateline } from './dateline.js';
import { gazetteer } from './gazetteer.js';
import { institutionWord } from './institution-word.js';
import { kindNoun } from './kind-noun.js';
import { knownActor } from './known-actor.js';
import { knownSurname } from './known-surname.js';
import { locationHead } from './location-head.js';
import { locationPrefix } from './location-prefix.js';
import { locative } from './locative.js';
import type { TypeRule } from './name-facts.js';
import { ofName } from './of-name.js';
import { orgHead } from './org-head.js';
import { orgHeadBeforePlace } from './org-head-before-place.js';
import { partyName } from './party-name.js';
import { personApposition } from './person-apposition.js';
import { personName } from './person-name.js';
import { place } from './place.js';
import { stateAbbreviation } from './state-abbreviation.js';
import { theAndTitle } from './the-and-title.js';
import { titledName } from './titled-name.js';

/** The typing rules in the order they are asked: lists first, then head words, then context, then shape. */
export const TYPE_RULES: readonly TypeRule[] = [
  country,
  gazetteer,
  place,
  stateAbbreviation,
  dateline,
  titledName,
  ageApposition,
  personApposition,
  // a building of the actor dictionaries ("White House") is a place unless it speaks
  locationHead,
  knownActor,
  partyName,
  orgHead,
  ofName,
  agencyName,
  orgHeadBeforePlace,
  theAndTitle,
  context,
  kindNoun,
  knownSurname,
  camelCase,
  locationPrefix,
  locative,
  personName,
  acronym,
  institutionWord,
];
