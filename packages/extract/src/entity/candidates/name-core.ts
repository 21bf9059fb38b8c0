import { isTidyAscii, normalizeCore } from '@newsfacts/evidence';
import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import { isPossessiveMark, type Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { isAcronym, isOriginAfter, spanText } from '../name-shape.js';
import type { EntityRuleId } from '../rules/entity-rules.js';
import type { NameFacts } from '../rules/name-facts.js';
import { stateOf } from '../rules/state-abbreviation.js';
import { TYPE_RULES } from '../rules/type-rules.js';
import { type Candidate, makeCandidate, type NameType } from './candidate.js';
import { gazetteer, tidyKey } from './entity-gazetteer.js';
import { endsTitle, titleLength } from './titles.js';
import {
  bracketedAcronym,
  branchOf,
  isAllNonName,
  isDefinedAbbreviation,
  isGroupWord,
} from './token-shape.js';

/**
 * The name of a run (tokens a..to after its leading titles and words, from..to with them), typed by the
 * first typing rule that decides: one candidate, or none when it is not a name.
 */
export function nameCore(
  doc: Doc,
  from: number,
  to: number,
  a: number,
  titles: string[],
  strippedCommon: boolean,
  sentenceStart: boolean,
): Candidate[] {
  const { tokens } = doc;
  // Trailing dots of abbreviations are not part of a name core.
  let b = to;
  while (b > a && tokens[b - 1]!.text === '.') b--;
  // "Senate Republicans": a trailing party or group word is not part of the name
  while (b > a + 1 && isGroupWord(tokens[b - 1]!)) b--;
  if (b <= a) return [];
  // "Hanseong Heavy Industries Co.", "Mitsubishi Heavy Industries Ltd.": a company suffix keeps its full stop
  const dot = tokens[b];
  const suffixDot =
    (b === to || b + 1 === to) &&
    b - a >= 2 &&
    dot?.text === '.' &&
    dot.start === tokens[b - 1]!.end &&
    lexicon.legalSuffixes.has(tokens[b - 1]!.lower);
  // "Sarah Whitfield KC", "Jane Roe OBE": the mention keeps the letters after the name, the name does not
  const mentionTo = b;
  while (b > a + 1 && lexicon.postNominals.has(tokens[b - 1]!.text)) b--;
  // "to Ba2 from Baa3", "an A320": a word of letters and then digits is a code (a rating, a model), no name
  if (b === a + 1 && CODE.test(tokens[a]!.text)) return [];
  // "Mr Rotimi Ogunleye, SAN, asked": the letters after a name set off by a comma are no name either
  if (
    b === a + 1 &&
    lexicon.postNominals.has(tokens[a]!.text) &&
    tokens[a - 1]?.text === ',' &&
    tokens[a - 2]?.cap
  )
    return [];
  const core = spanText(tokens, a, b);
  // ("the Federal Police", "the Border Force": mid-sentence, capitalized common words ending in an
  // organization's head word are its name; so after a sentence's opening "The": "The National Police said")
  const commonOrg =
    (!sentenceStart || (a > from && tokens[from]!.lower === 'the')) &&
    b - a >= 2 &&
    lexicon.orgHeads.has(tokens[b - 1]!.lower);
  if (
    isAllNonName(tokens, a, b) &&
    !commonOrg &&
    !(b === a + 1 && isDefinedAbbreviation(doc.bracketed, tokens[a]!))
  )
    return [];
  const start = strippedCommon ? a : from;
  const titled = titles.length > 0;
  // a plain-ASCII core is lower-cased once for the gazetteer, country, actor and place lists (most cores)
  const tidy = isTidyAscii(core);
  const lower = core.toLowerCase();
  const gaz = (tidy ? gazetteer.lookupTidy(core, lower) : gazetteer.lookupAny(core))[0] ?? null;
  const country = lexicon.countryOfLower(core, lower);
  const actor =
    lexicon.actorType(tidy ? tidyKey(lower) : normalizeCore(core).toLowerCase()) ?? branchOf(tokens, a, b);
  const coreLen = b - a;
  const single = coreLen === 1;
  const first = tokens[a]!.lower;
  const last = tokens[b - 1]!.lower;
  const acronym = bracketedAcronym(tokens, to);
  const context = single || !titled ? contextType(tokens, a, b, sentenceStart) : null;
  const facts: NameFacts = {
    doc,
    tokens,
    a,
    b,
    to,
    core,
    lower,
    first,
    last,
    single,
    titled,
    sentenceStart,
    gaz,
    country,
    actor,
    surname: single && isActorSurname(tokens[a]!),
    acronym,
    context,
  };
  const { type, weak, rule } = typeName(facts);
  if (type === null && !single) return [];
  const known =
    gaz !== null ||
    country !== undefined ||
    actor !== undefined ||
    type === 'location' ||
    rule === 'entity/known-surname';
  const uncertain =
    single &&
    !known &&
    !isAcronym(tokens[a]!.text) &&
    rule !== 'entity/context' &&
    rule !== 'entity/person-apposition' &&
    rule !== 'entity/dateline' &&
    rule !== 'entity/kind-noun' &&
    rule !== 'entity/party-name' &&
    rule !== 'entity/camel-case';
  // ("Catamarca governor Oscar Quiroga" … "the governor": a lower-case title before the name is the person's)
  const lowerTitle = !titled && type === 'person' ? lowerTitleBefore(tokens, a, b) : null;
  const made = makeCandidate(doc, start, suffixDot ? b + 1 : mentionTo, a, suffixDot ? b + 1 : b, {
    type,
    form:
      titled || lowerTitle ? 'title' : gaz && gaz.name !== normalizeCore(core) && !country ? 'alias' : 'name',
    titles: lowerTitle ? [lowerTitle] : titles,
    uncertain,
    rule,
    gaz,
    iso: country?.iso ?? null,
    canonical: country ? country.name : null,
  });
  // "Kan.": the state the abbreviation names, one entity with the state written in full (not "Ga." with the
  // country Georgia: the gazetteer's entry for a state's name may be another place, so no identifier either)
  const state = rule === 'entity/state-abbreviation' ? stateOf(core) : undefined;
  if (state) {
    if (!lexicon.country(state)) made.key = state.toLowerCase();
    made.canonical = state;
    made.form = 'alias';
  }
  // (one key with and without the stop: "Kestrel Energy Ltd." and "Kestrel Energy Ltd's shares")
  if (suffixDot) made.key = made.key.replace(/\.$/, '');
  made.weak = weak || (uncertain && rule === 'entity/locative');
  made.acronym = type === 'organization' && !gaz ? acronym : null;
  return [made];
}

const CODE = /^[A-Z][A-Za-z]{0,2}[0-9]+$/;

const DIRECTION_ADJECTIVES = /^(north|south|east|west|central|upper|lower)(ern|east|west|eastern|western)?$/;
/** The word facts of the two tests nameCore makes of a run's words (one slot read instead of a lookup or a regexp). */
const isDirectionAdjective = wordFact((w) => DIRECTION_ADJECTIVES.test(w));
const isActorSurname = wordFact((w) => lexicon.actorSurnames.has(w));

/** The type the words before a name give it: "in (the) X" a place, "an analyst at X" an organization. */
function contextType(
  tokens: readonly Token[],
  a: number,
  b: number,
  sentenceStart: boolean,
): NameType | null {
  let p = a - 1;
  for (let n = 0; n < 2 && p >= 0; n++) {
    const w = tokens[p]!.lower;
    if (w === 'the' || (isDirectionAdjective(tokens[p]!) && !tokens[p]!.cap)) p--;
    else break;
  }
  // "Facebook creator Mark Zuckerberg", "a Google spokesman": a name before a member noun is an organization
  // "Spotify's stock", "Nordax's shareholders": past a possessive only nouns no person has ("Whitcombe's
  // lawyer" is a person's)
  const possessive = isPossessiveMark(tokens[b]);
  const after = possessive ? tokens[b + 1] : tokens[b];
  const nouns = possessive ? entityWords.companyNouns : entityWords.memberNouns;
  // (at a sentence's start only a name of two words or more: "Police spokesman Jo Roe" opens with a common word)
  const opensSentence = sentenceStart && !possessive && b - a < 2;
  if (!opensSentence && after?.kind === 'word' && !after.cap && nouns.has(after.lower)) return 'organization';
  // "Sinn Féin leader Aoife Nic Giolla", "Springfield mayor Jo Roe": before a lower-case title and a name, the
  // body the person serves, or the place
  // ("Kopano chief executive Lindiwe Dube": a title of two words)
  const tl =
    !opensSentence && !possessive && after?.kind === 'word' && !after.cap ? titleLength(tokens, b, b + 2) : 0;
  const named = tokens[b + tl];
  if (tl > 0 && named?.cap && named.kind === 'word')
    return entityWords.placeTitles.has(spanText(tokens, b, b + tl).toLowerCase())
      ? 'location'
      : 'organization';
  // "to Goz Anéla camp", "in Bulacan province": a name of two words or more before a place's head word
  // written in lower case is the place's name
  if (b - a >= 2 && after?.kind === 'word' && !after.cap && !possessive && lexicon.locHeads.has(after.lower))
    return 'location';
  // "Detroit-based", "Oslo-born"
  if (isOriginAfter(tokens, b)) return 'location';
  // "NLC president Haruna Bello", "its chief executive, Martin Brits, said": a name right after a role
  // written in lower case, or set off by commas after one, is a person
  if (titleBefore(tokens, a, b)) return 'person';
  const prep = tokens[p];
  if (prep?.kind !== 'word' || prep.cap) return null;
  const before = tokens[p - 1]?.lower ?? '';
  if (entityWords.publicationPrepositions.has(prep.lower) && entityWords.publicationVerbs.has(before))
    return 'organization';
  if (entityWords.memberPrepositions.has(prep.lower) && entityWords.memberNouns.has(before))
    return 'organization';
  // "shares in Apple", "a stake in Nordax"
  if (prep.lower === 'in' && entityWords.holdingNouns.has(before)) return 'organization';
  if (prep.lower === 'of' && entityWords.placeNouns.has(before)) return 'location';
  if (sentenceStart || isPossessiveMark(tokens[b])) return null;
  if (
    b - a === 1
      ? entityWords.locativePrepositions.has(prep.lower)
      : entityWords.placePrepositions.has(prep.lower) ||
        // ("a protest at the Makar Dwar": a name of words no list knows after "at the" is a place; not "at
        // the Google Science Fair")
        (prep.lower === 'at' && p === a - 2 && !hasEnglishWord(tokens, a, b))
  )
    return 'location';
  return null;
}

/** The first typing rule that decides, or an untyped single word ('entity/name'). */
function typeName(f: NameFacts): { type: NameType | null; weak: boolean; rule: EntityRuleId } {
  for (const r of TYPE_RULES) {
    const d = r.decide(f);
    if (d) return { type: d.type, weak: d.weak ?? false, rule: r.id };
  }
  return { type: null, weak: false, rule: 'entity/name' };
}

/** A lower-case title right before a name of two or more words, or before a comma when the name is in apposition. */
function titleBefore(tokens: readonly Token[], a: number, b: number): boolean {
  return titleBeforeAt(tokens, a, b) >= 0;
}

/** Where the lower-case title titleBefore finds ends (its last word), or -1. */
function titleBeforeAt(tokens: readonly Token[], a: number, b: number): number {
  if (b - a < 2) return -1;
  const apposed = tokens[a - 1]?.text === ',' && /^[,.]$/.test(tokens[b]?.text ?? '');
  const at = apposed ? a - 2 : a - 1;
  const w = tokens[at];
  // ("former Leeds Teaching Hospitals medical director …": a modifier qualifies a title after the name)
  if (w?.kind !== 'word' || w.cap || lexicon.titleModifiers.has(w.lower)) return -1;
  // "president", "chief executive"
  return endsTitle(tokens, at) ? at : -1;
}

/** The lower-case title (one or two words) titleBefore finds, or null. */
function lowerTitleBefore(tokens: readonly Token[], a: number, b: number): string | null {
  const at = titleBeforeAt(tokens, a, b);
  if (at < 0) return null;
  const w = tokens[at]!.lower;
  const two = `${tokens[at - 1]?.lower} ${w}`;
  return lexicon.titles.has(two) && tokens[at - 1]?.cap === false ? two : w;
}

/** Whether a word of [a, b) is a common English word ("Science", "Fair"). */
function hasEnglishWord(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (lexicon.english.has(tokens[k]!.lower)) return true;
  return false;
}
