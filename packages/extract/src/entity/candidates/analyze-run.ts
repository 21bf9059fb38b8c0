import { isTidyAscii } from '@newsfacts/evidence';
import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import { isPossessiveMark, type Token } from '../../text/tokenize.js';
import { wordBits } from '../../text/word-facts.js';
import { hasOfHead, isNonNameWord, spanText } from '../name-shape.js';
import { isPartyNameAt } from '../rules/party-name.js';
import { innerTitle, typeBeforeTitle } from './before-title.js';
import type { Candidate } from './candidate.js';
import { gazetteer } from './entity-gazetteer.js';
import { nameCore } from './name-core.js';
import { personAfter, personAfterName } from './person-after-name.js';
import {
  capitalizedRunEnd,
  isGivenName,
  portfolioAfterAnd,
  portfolioAfterTitle,
  portfolioBefore,
} from './portfolio.js';
import { titleReference } from './title-reference.js';
import { isGivenNameBeforeSurname, stripEx, titleLength } from './titles.js';
import {
  branchOf,
  endsInOrgHead,
  isCommonAdjectiveInName,
  isCompoundDemonym,
  isDefinedAbbreviation,
} from './token-shape.js';

/** Splits a capitalized run into leading titles/demonyms and a name; returns zero, one or two candidates. */
export function analyzeRun(doc: Doc, from: number, to: number, sentenceStart: boolean): Candidate[] {
  const { tokens } = doc;
  // "South Korean", "West African": a compound demonym, not a name
  if (isCompoundDemonym(tokens, from, to)) return [];
  const { a, titles, strippedCommon } = stripLeadingWords(tokens, from, to, sentenceStart, doc.bracketed);
  if (a >= to) {
    if (titles.length === 0) return [];
    // "Federal Minister for Planning Ahsan Chaudhry": the title of the person named after its portfolio
    if (portfolioAfterTitle(tokens, to + 1, capitalizedRunEnd(tokens, to + 1)) > 0) return [];
    return [titleReference(doc, from, to, titles)];
  }
  // "Minister of Amiri Diwan Affairs Sheikh Mohammad Al-Abdullah": after a title, a portfolio the title list
  // does not know, then another title and the person
  if (titles.length > 0) {
    const inner = innerTitle(tokens, a, to);
    if (inner > 0) return analyzeRun(doc, inner, to, false);
  }
  // "Senate Majority Leader Jane Doe", "Springfield Mayor John Roe": an institution or place, then a titled person
  if (titles.length === 0) {
    const split = innerTitle(tokens, a, to);
    if (split > 0) return splitBeforeTitle(doc, from, split, to, sentenceStart);
  }
  // "Speaker of the National Assembly Khalid Al-Mutairi": the institution a title is "of", then the person
  const object = titles.length > 0 ? titleObjectStart(tokens, from, a) : 0;
  if (object > 0) {
    const split = personAfterName(tokens, object, to);
    if (split > 0)
      return [
        ...analyzeRun(doc, object, split, false),
        ...nameCore(doc, split, to, split, titles, false, false),
      ];
    // ("the President of the Smallholder Farmers Association of Malawi, Mr Kondwani Jere": with no person
    // after it, what the title is "of" is a body's or a place's name, not the title holder's)
    // ("the Minister of Public Works, Abílio Ximenes": a portfolio of the list is the title's own)
    if (object === a && endsInPortfolio(tokens, from, to)) return [titleReference(doc, from, to, titles)];
    if (object === a)
      return [
        titleReference(doc, from, ofBefore(tokens, object), titles),
        ...analyzeRun(doc, object, to, false),
      ];
  }
  // "Red Cross Tamsin Okoro", "United States Karo Velt": a known name, then a person's name
  if (titles.length === 0) {
    const split = personAfterName(tokens, a, to);
    if (split > 0) {
      const person = personAfter(doc, split, to);
      return [...analyzeRun(doc, from, split, sentenceStart), person];
    }
  }
  return nameCore(doc, from, to, a, titles, strippedCommon, sentenceStart);
}

const DEMONYM = 1;
const COUNTRY = 2;
const NAME_ADJECTIVE = 4;
const ADJECTIVE = 8;
const POSSESSIVE_NAME_WORD = 16;
const MONTH = 32;
/**
 * The lists stripLeadingWords asks about a leading word of a run, as bits (a word fact: one slot read instead
 * of up to six lookups for the first word of every capitalized run).
 */
const leadingWordBits = wordBits([
  (w) => lexicon.demonym(w) !== undefined,
  (w) => lexicon.country(w) !== undefined,
  (w) => entityWords.nameAdjectives.has(w),
  (w) => lexicon.adjectives.has(w),
  (w) => lexicon.possessiveNameWords.has(w),
  (w) => lexicon.months.has(w),
]);

/**
 * Where the name of a run starts (a) after its leading titles, demonyms and common words, the titles
 * (lower case, without "ex-"), and whether a common word was left out.
 */
function stripLeadingWords(
  tokens: readonly Token[],
  from: number,
  to: number,
  sentenceStart: boolean,
  bracketed: ReadonlySet<string>,
): { a: number; titles: string[]; strippedCommon: boolean } {
  // ("Minister of Public Works": a title's portfolio may end in an organization's head)
  const orgLike =
    (endsInOrgHead(tokens, to) && !endsInPortfolio(tokens, from, to)) ||
    branchOf(tokens, from, to) !== undefined;
  const titles: string[] = [];
  // "Minister for Planning Ahsan Chaudhry": the portfolio after a title and "for"/"of" belongs to the title
  const portfolio = portfolioAfterTitle(tokens, from, to);
  if (portfolio > 0) titles.push(stripEx(tokens[from - 2]!.lower));
  // "Minister of Trade and Industry Rebecca Miano": the rest of a portfolio after its "and"
  const rest = portfolio > 0 ? null : portfolioAfterAnd(tokens, from, to);
  if (rest) titles.push(rest.title);
  let a = from + (rest?.n ?? portfolio);
  let strippedCommon = portfolio > 0 || rest !== null;
  for (;;) {
    if (a >= to) break;
    const t = tokens[a]!;
    if (t.text === '.') {
      a++;
      continue;
    }
    const tl = titleLength(tokens, a, to);
    if (tl === 1 && titles.length === 0 && isGivenNameBeforeSurname(tokens, a, to)) break;
    // "Attorney General's Office": a title's office is a name, not a titled person
    if (tl > 0 && isPossessiveMark(tokens[a + tl])) break;
    // "Premier League", "Chancellor College", "Sheriff Street": a title before an organization's or a place's
    // head word alone is its name; so is one before a name ending in a head with no given name after the
    // title ("General Workers' Union")
    if (
      tl > 0 &&
      a + tl + 1 === to &&
      (lexicon.orgHeads.has(tokens[a + tl]!.lower) || lexicon.locHeads.has(tokens[a + tl]!.lower))
    )
      break;
    // ("King Hussein Medical Centre": a body named after a titled person, a given name and two words or more
    // before its head)
    if (
      tl > 0 &&
      a + tl + 1 < to &&
      orgLike &&
      (!isGivenName(tokens[a + tl]!) || to - (a + tl) >= 3) &&
      !lexicon.titleModifiers.has(t.lower)
    )
      break;
    // ("FORMER National Marine Resources Corporation chief executive X": a modifier before an institution
    // qualifies the title after it, not the institution)
    if (tl === 1 && orgLike && lexicon.titleModifiers.has(t.lower)) {
      a++;
      strippedCommon = true;
      continue;
    }
    if (tl > 0 && a + tl < to) {
      titles.push(stripEx(spanText(tokens, a, a + tl).toLowerCase()));
      a += tl;
      // "Minister of Foreign Affairs Abdulaziz Al-Rashed": the title's portfolio belongs to it
      const n = entityWords.portfolioPrepositions.has(tokens[a]!.lower)
        ? portfolioAfterTitle(tokens, a + 1, to)
        : 0;
      if (n > 0 && a + 1 + n < to) {
        a += 1 + n;
        strippedCommon = true;
      }
      continue;
    }
    if (tl > 0 && a + tl === to) {
      titles.push(stripEx(spanText(tokens, a, to).toLowerCase()));
      a = to;
      break;
    }
    // "American Federation of …", "Australian Defence Force": a demonym that starts an institution's name
    // ("Czech Republic", "Dominican Republic": a country's name that opens with a demonym stays whole)
    const bits = leadingWordBits(t);
    if (
      (bits & (DEMONYM | COUNTRY)) === DEMONYM &&
      !lexicon.country(spanText(tokens, a, to).toLowerCase()) &&
      a + 1 < to &&
      !orgLike &&
      !hasOfHead(tokens, a + 1, to) &&
      !isGivenNameBeforeSurnameWord(tokens, a, to) &&
      // ("Spanish Town", "English Bay": a demonym and a place's head word are the place's name)
      !(to - a === 2 && lexicon.locHeads.has(tokens[a + 1]!.lower))
    ) {
      a++;
      continue;
    }
    // "Jan Kowal": a month's short form that is also a given name, before a surname
    if ((bits & MONTH) !== 0 && isGivenNameBeforeSurname(tokens, a, to)) break;
    // ("Anti-Corruption Commission", "Anti-Doping Agency": an anti- word opening an institution's name stays)
    if (orgLike && a + 1 < to && t.cap && t.lower.startsWith('anti-')) break;
    // ("Police Scotland said", "Maritime New Zealand said": a sector's word before a place opening a sentence
    // names the place's agency, entity/agency-name)
    if (sentenceStart && a === from && isAgencyName(tokens, a, to)) break;
    // (the word's own test first: most leading words are names, and keepsLeadingWord looks at the words after)
    if (
      isNonNameWord(t) &&
      a + 1 <= to &&
      !keepsLeadingWord(tokens, a, from, to, bits, orgLike, sentenceStart, bracketed)
    ) {
      // A leading common word ("The", "Under", "Such") is not part of the name.
      if (isKnownPlace(spanText(tokens, a, to))) break;
      strippedCommon = true;
      a++;
      continue;
    }
    // "Neighbouring Rwanda said": an English word opening a sentence before a known place ("New Zealand" is
    // one; "Team Estonia" names a team)
    if (
      sentenceStart &&
      a === from &&
      a + 1 < to &&
      lexicon.english.has(t.lower) &&
      !lexicon.orgHeads.has(t.lower) &&
      isKnownPlace(spanText(tokens, a + 1, to)) &&
      !isKnownPlace(spanText(tokens, a, to))
    ) {
      strippedCommon = true;
      a++;
      continue;
    }
    break;
  }
  return { a, titles, strippedCommon };
}

/**
 * "Police Scotland": a sector's word at `a`, then a known place up to `to` that is no country's name as a whole
 * (the entity/agency-name rule, and the leading word kept at a sentence's start).
 */
export function isAgencyName(tokens: readonly Token[], a: number, to: number): boolean {
  return (
    a + 1 < to &&
    entityWords.agencyFirstWords.has(tokens[a]!.lower) &&
    isKnownPlace(spanText(tokens, a + 1, to)) &&
    lexicon.country(spanText(tokens, a, to)) === undefined
  );
}

/** Whether a common word leading a run at `a` stays in the name (stripLeadingWords; `bits` its leadingWordBits). */
function keepsLeadingWord(
  tokens: readonly Token[],
  a: number,
  from: number,
  to: number,
  bits: number,
  orgLike: boolean,
  sentenceStart: boolean,
  bracketed: ReadonlySet<string>,
): boolean {
  const t = tokens[a]!;
  // "Italian Supreme Court of Cassation", "Australian Centre for …": a demonym starts an institution's name;
  // so does a religious or political adjective ("Catholic Church", "Conservative Party", "Islamic Council of X")
  const keepInName =
    ((orgLike || hasOfHead(tokens, a + 1, to)) &&
      a + 1 < to &&
      (bits & (NAME_ADJECTIVE | DEMONYM | ADJECTIVE)) !== 0) ||
    // ("Christian Lindner": a given name that is also an adjective, before a surname that is no English word)
    isGivenNameBeforeSurnameWord(tokens, a, to);
  // "New South Wales": mid-sentence, a capitalized common word before another capitalized word is part of the name
  const midName = !sentenceStart && a === from && a + 1 < to && isCommonAdjectiveInName(t);
  // "People's Liberation Army": a possessive name word stays
  const possessive = (bits & POSSESSIVE_NAME_WORD) !== 0 && isPossessiveMark(tokens[a + 1]) && a + 1 < to;
  // "WHO say …" after "World Health Organization (WHO)": an abbreviation the article defines is a name
  const defined = isDefinedAbbreviation(bracketed, t);
  // ("accused Labor of …", "The Greens called …": a party's name is a common word written with a capital)
  const party = a + 1 === to && isPartyNameAt(tokens, a, sentenceStart);
  return keepInName || midName || possessive || defined || party;
}

/** The institution or place before an inner title ("Springfield Mayor John Roe"), then the titled person. */
function splitBeforeTitle(
  doc: Doc,
  from: number,
  split: number,
  to: number,
  sentenceStart: boolean,
): Candidate[] {
  const { tokens } = doc;
  // "Undersecretary for Education Mr. Toccafondi": a title's portfolio, not an institution
  const portfolio =
    entityWords.portfolioPrepositions.has(tokens[from - 1]?.lower ?? '') &&
    lexicon.titleOfObjects.has(spanText(tokens, from, split).toLowerCase());
  // "French Trade Minister Claire Dutheil": the portfolio before the title is part of it
  const title = spanText(tokens, split, split + titleLength(tokens, split, to)).toLowerCase();
  const end = split - portfolioBefore(tokens, from, split, title);
  // "Mineral and Petroleum Resources Minister X", "Water and Sanitation Minister Y": after "and", the
  // second half of a minister's or secretary's portfolio
  const coordinated =
    tokens[from - 1]?.lower === 'and' &&
    tokens[from - 2]?.cap === true &&
    /(minister|secretary)$/.test(title) &&
    !isKnownPlace(spanText(tokens, from, end));
  const found = portfolio || coordinated || end === from ? [] : analyzeRun(doc, from, end, sentenceStart);
  const head: Candidate[] = [];
  for (const c of found) {
    if (c.type !== null && !c.weak && !c.uncertain) {
      head.push(c);
      continue;
    }
    // ("Board President Denise Harlan", "Opposition MP X": one common word only qualifies the title; "Senate
    // Majority Leader X" names its institution)
    if (isQualifyingWord(c.key)) continue;
    typeBeforeTitle(c, title);
    head.push(c);
  }
  return [...head, ...analyzeRun(doc, split, to, false)];
}

/** One common English word that names no institution by itself ("board", "opposition"; not "senate"). */
function isQualifyingWord(key: string): boolean {
  return !key.includes(' ') && lexicon.english.has(key) && !entityWords.standaloneInstitutions.has(key);
}

/**
 * Where the name of an institution starts after "<title> of [the]" at the head of the run from..a (the run's
 * titles and the words stripped before its name), or 0.
 */
function titleObjectStart(tokens: readonly Token[], from: number, a: number): number {
  for (let k = from + 1; k < a; k++) {
    if (!entityWords.portfolioPrepositions.has(tokens[k]!.lower)) continue;
    if (!lexicon.titles.has(stripEx(tokens[k - 1]!.lower))) return 0;
    return tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  }
  return 0;
}

/** "Minister of Public Works": a title, "of" or "for", and a portfolio of the list up to the run's end. */
function endsInPortfolio(tokens: readonly Token[], from: number, to: number): boolean {
  const object = titleObjectStart(tokens, from, to);
  return object > 0 && lexicon.titleOfObjects.has(spanText(tokens, object, to).toLowerCase());
}

/** Where the "of" (or "of the") before a title's object starts. */
function ofBefore(tokens: readonly Token[], object: number): number {
  return tokens[object - 1]?.lower === 'the' ? object - 2 : object - 1;
}

/** A country, a place of the lists or a gazetteer place ("Scotland", "Leeds"). */
export function isKnownPlace(name: string): boolean {
  // one lower-case copy for the three lists
  const lower = name.toLowerCase();
  return (
    (isTidyAscii(name) ? gazetteer.lookupTidy(name, lower) : gazetteer.lookupAny(name)).length > 0 ||
    lexicon.places.has(lower) ||
    lexicon.countryOfLower(name, lower) !== undefined
  );
}

/** "Christian Lindner": a given name before one surname that is no English word ("Christian Aid" is not). */
function isGivenNameBeforeSurnameWord(tokens: readonly Token[], a: number, to: number): boolean {
  return isGivenNameBeforeSurname(tokens, a, to) && !lexicon.english.has(tokens[a + 1]!.lower);
}
