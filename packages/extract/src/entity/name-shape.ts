/** Shapes of names: what a span of tokens looks like, asked by the candidate finder and its type rules. */

import { entityWords, lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { wordFact } from '../text/word-facts.js';

export function spanText(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k > from && t.start > tokens[k - 1]!.end) s += ' ';
    s += t.text;
  }
  return s;
}

/**
 * Where a name ends that `end` reaches past a bracketed short form of one word ("the Centers for Disease
 * Control and Prevention (CDC)", "the Rapid Support Forces (RSF)"): end less the bracket, else end.
 */
export function beforeShortForm(tokens: readonly Token[], end: number): number {
  return tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(' ? end - 3 : end;
}

/** "WHO", "U.N.", "AT&T"; and mixed-case initials that end in a capital ("MpD", "AfD", "TfL", "DoJ"). */
export function isAcronym(s: string): boolean {
  return (
    (/^[A-Z][A-Z&.]{1,6}$/.test(s) && /[A-Z].*[A-Z]/.test(s)) ||
    MIXED_INITIALS.test(s) ||
    JOINED_INITIALS.test(s)
  );
}

/** Abbreviations joined by a hyphen ("VMRO-DPMNE"), not a pair of country codes ("US-EU"). */
const JOINED_INITIALS = /^[A-Z]{3,6}(?:-[A-Z]{3,6})+$/;

/** Capitals with at most one lower-case letter between them, ending in a capital ("MpD"; not "McCain"). */
const MIXED_INITIALS = /^[A-Z](?:[a-z]?[A-Z]){1,4}$/;

export function isNonNameWord(t: Token): boolean {
  // "US National Park Service": a country's capitalized code is a name, not the pronoun "us".
  if (t.text.length > 1 && isUpperCase(t.text) && lexicon.country(t.text)) return false;
  return isNonNameLower(t) || hasCommonTail(t);
}

/** s === s.toUpperCase(), without the copy for a word with a small ASCII letter (most words). */
export function isUpperCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return s === s.toUpperCase();
  }
  return true;
}

/** What of isNonNameWord depends on the lower-case word only. */
const isNonNameLower = wordFact(
  (w) =>
    lexicon.common.has(w) ||
    lexicon.adjectives.has(w) ||
    lexicon.months.has(w) ||
    lexicon.weekdays.has(w) ||
    /^(anti|pro|non|post|pre|mid)-/.test(w) ||
    (lexicon.demonym(w) !== undefined && !lexicon.country(w)),
);

export function looksLikePersonName(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a > 4 + countInitialDots(tokens, a, b) + countParticles(tokens, a, b)) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    // "L. Ron Hubbard", "J. K. Rowling": the dot of an initial
    if (isInitialDot(tokens, k, b)) continue;
    if (t.kind !== 'word') return false;
    if (lexicon.particles.has(t.lower) && t.text === t.lower) continue;
    // "Jan Kowal": a month's short form that is a given name may open a name before another word
    const givenMonth = k === a && b - a > 1 && lexicon.givenNames.has(t.lower) && t.text.length <= 4;
    if (
      !givenMonth &&
      (isAcronym(t.text) || isNonNameWord(t) || lexicon.months.has(t.lower) || hasCommonTail(t))
    )
      return false;
  }
  return true;
}

/** A dot right after a one-letter capital and before another word of the name: an initial's dot. */
function isInitialDot(tokens: readonly Token[], k: number, b: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  return (
    t.text === '.' && k + 1 < b && prev !== undefined && prev.end === t.start && /^[A-Z]$/.test(prev.text)
  );
}

/** Name particles after the first word ("Tamim bin Hamad Al Thani": 2), which make a name longer, not another. */
export function countParticles(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b - 1; k++) if (lexicon.particles.has(tokens[k]!.lower)) n++;
  return n;
}

export function countInitialDots(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++) if (isInitialDot(tokens, k, b)) n++;
  return n;
}

/**
 * "Park Ji-woo", "Kim Jong-un": a short surname, then a given name of two hyphenated syllables, is a Korean
 * personal name even when the surname is also a common word or a place head ("Park").
 */
function isSurnameWithSyllabicGivenName(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a !== 2) return false;
  const surname = tokens[a]!;
  const given = tokens[a + 1]!;
  return (
    /^[A-Z][a-z]{1,5}$/.test(surname.text) &&
    /^[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,4}$/.test(given.text) &&
    !lexicon.english.has(given.lower) &&
    !hasCommonTail(given)
  );
}

/**
 * "Prize-winner", "Oscar-nominated": a hyphenated word ending in a lower-case English word is a description;
 * the parts of a hyphenated personal name are capitalized ("Kim Shin-Wook") or short syllables ("Lung-bin").
 */
function hasCommonTail(t: Token): boolean {
  const dash = t.text.lastIndexOf('-');
  if (dash < 1) return false;
  const tail = t.text.slice(dash + 1);
  return tail.length >= 5 && tail === tail.toLowerCase() && lexicon.english.has(tail);
}

/** Suffixes of English abstract nouns and adjectives ("Operation", "Successful", "Insurgency", "Islamism"). */
const ABSTRACT_SUFFIX = /(?:tion|sion|ment|ness|ity|ism|phobia|ful|ous|ency|ancy)$/;

/** A word built with an abstract-noun or adjective suffix, not a given name: it does not open a personal name. */
export function isAbstractWord(w: string): boolean {
  return w.length >= 7 && ABSTRACT_SUFFIX.test(w) && !lexicon.givenNames.has(w);
}

/** "Jr", "Sr": a generational suffix written after a personal name (its dot is a token of its own). */
export function isGenerationSuffix(t: Token): boolean {
  return lexicon.generationalSuffixes.has(t.text);
}

/**
 * An untyped name of two or more words taken for a person: no word is a known place or organization
 * ("Google Chrome"), and it opens with a given name or does not both open and end with a common English
 * word ("Space Station", "Star Wars"; but "Dries Mertens", "Stan Lee").
 */
export function isLikelyPersonName(tokens: readonly Token[], a: number, b: number): boolean {
  if (!looksLikePersonName(tokens, a, b)) return false;
  if (isSurnameWithSyllabicGivenName(tokens, a, b)) return true;
  // "Darnell Jackson Jr.": a generational suffix ends only personal names
  if (b - a >= 3 && isGenerationSuffix(tokens[b - 1]!)) return true;
  // "Pieter van Dijk": a particle in lower case is no word of its own ("Van" is also a town)
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !(t.text === t.lower && lexicon.particles.has(t.lower))) words.push(t.lower);
  }
  const last = words[words.length - 1]!;
  if (lexicon.titles.has(last) || lexicon.documentHeads.has(last)) return false;
  // "Ruth Ames", "Alia Salem": after a given name, a one-word town is a surname
  // ("Martin Brits": a given name that is also a town's, Martin in Slovakia, still opens a personal name)
  const givenFirst =
    words.length > 1 &&
    lexicon.givenNames.has(words[0]!) &&
    (isTownOnly(words[0]!) || !isKnownNonPerson(words[0]!));
  // "Jordan Ellis", "Chad Smith", "Georgia Lowe": a given name that is also a country's, before a surname that
  // is no head word nor other known name ("Jordan Valley", "Chad Basin", "Jordan Times" are not)
  const countryGiven =
    words.length > 1 &&
    lexicon.givenNames.has(words[0]!) &&
    lexicon.country(words[0]!) !== undefined &&
    !lexicon.orgHeads.has(last) &&
    !lexicon.locHeads.has(last) &&
    !isAbstractWord(last) &&
    (!isKnownNonPerson(last) || isTownOnly(last));
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (countryGiven && (k === 0 || (k === words.length - 1 && isTownOnly(w)))) continue;
    if (givenFirst && (k === 0 || k === words.length - 1) && isTownOnly(w)) continue;
    if (isKnownNonPerson(w)) return false;
  }
  // "Los Angeles Sheriff": a known place of two or more words, then a word
  for (let n = 2; n < words.length; n++) {
    const head = words.slice(0, n).join(' ');
    if (lexicon.places.has(head) || lexicon.country(head)) return false;
  }
  if (lexicon.givenNames.has(words[0]!)) return true;
  // "Operation Clambake", "Successful Stormtroopers"
  if (isAbstractWord(words[0]!)) return false;
  return !lexicon.english.has(words[0]!) || !lexicon.english.has(last);
}

/** A word known only as the name of a town (no country, head word or other actor): it may be a surname. */
function isTownOnly(w: string): boolean {
  const actor = lexicon.actorType(w);
  return (
    lexicon.places.has(w) &&
    actor !== 'organization' &&
    lexicon.country(w) === undefined &&
    !lexicon.orgHeads.has(w) &&
    !lexicon.locHeads.has(w)
  );
}

function isKnownNonPerson(w: string): boolean {
  const actor = lexicon.actorType(w);
  return (
    (actor !== undefined && actor !== 'person') ||
    lexicon.country(w) !== undefined ||
    lexicon.places.has(w) ||
    lexicon.orgHeads.has(w) ||
    lexicon.locHeads.has(w)
  );
}

export function isDatelinePlace(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  const first = tokens[a]!;
  if (a > 0 && tokens[a - 1]!.para === first.para) return false;
  if (!/^[,—–-]$/.test(tokens[b]?.text ?? '')) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!.text;
    if (t.length < 3 || !/^[A-Z][A-Z'-]+$/.test(t)) return false;
  }
  return true;
}

/** "Centers for …", "Council on …", "Embassy in …": an institutional head word that a name continues after "for" / "on" / "in". */
export function headTakes(head: string, preposition: string): boolean {
  if (preposition === 'for') return entityWords.forHeads.has(head);
  if (preposition === 'in') return entityWords.inHeads.has(head);
  if (preposition === 'to') return entityWords.toHeads.has(head);
  if (preposition === 'against') return entityWords.againstHeads.has(head);
  return preposition === 'on' && entityWords.onHeads.has(head);
}

export function hasOfHead(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) {
    const w = tokens[k]!.lower;
    if (w === 'of' || headTakes(tokens[k - 1]!.lower, w)) return true;
  }
  return false;
}

/** "Transparency International Kenya": an organization head followed only by a country or place. */
export function orgHeadBeforePlace(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) {
    if (!lexicon.orgHeads.has(tokens[k]!.lower)) continue;
    const rest = spanText(tokens, k + 1, b);
    return lexicon.country(rest) !== undefined || lexicon.places.has(rest.toLowerCase());
  }
  return false;
}

/** "Detroit-based", "Oslo-born": a hyphen and an origin participle right after a name ending at b. */
export function isOriginAfter(tokens: readonly Token[], b: number): boolean {
  return tokens[b]?.text === '-' && entityWords.originParticiples.has(tokens[b + 1]?.lower ?? '');
}

export function isFollowedBySpeechVerb(tokens: readonly Token[], to: number): boolean {
  const t = tokens[to];
  return t !== undefined && !t.cap && lexicon.speechVerbs.has(t.lower);
}

/**
 * "told The Globe and Mail that": a capitalized "The" after a lower-case word, one common English word,
 * "and", one more common English word, and no capitalized word after it is the title of a publication or
 * organization. Known names ("The Hague and Brussels"), given names and titles are left apart.
 */
export function isTheAndTitle(tokens: readonly Token[], i: number, j: number, end: number): boolean {
  if (j !== i + 2 || tokens[i]?.text !== 'The' || tokens[j]?.lower !== 'and' || j + 1 >= end) return false;
  const before = tokens[i - 1];
  if (before?.kind !== 'word' || before.cap) return false;
  const after = tokens[j + 2];
  if (after?.cap && after.kind === 'word') return false;
  return isCommonTitleWord(tokens[i + 1]!) && isCommonTitleWord(tokens[j + 1]!);
}

function isCommonTitleWord(t: Token): boolean {
  const w = t.lower;
  return (
    t.kind === 'word' &&
    /^[A-Z][a-z]+$/.test(t.text) &&
    lexicon.english.has(w) &&
    !lexicon.common.has(w) &&
    !lexicon.titles.has(w) &&
    !lexicon.givenNames.has(w) &&
    !lexicon.places.has(w) &&
    lexicon.country(w) === undefined &&
    lexicon.actorType(w) === undefined
  );
}

/**
 * "WASHINGTON (Reuters) -", "GOMA, Democratic Republic of Congo (AFP) -": the agency credited in brackets in
 * a paragraph's opening dateline, or signing a paragraph off ("… under the same decree. (ANSA)."): no
 * participant of any event; an organization.
 */
export function isDatelineCredit(tokens: readonly Token[], from: number, to: number): boolean {
  const open = from - 1;
  if (tokens[open]?.text !== '(' || tokens[to]?.text !== ')') return false;
  const para = tokens[open]!.para;
  // a sign-off: the bracket ends the paragraph, with at most a full stop after it
  const after = tokens[to + 1]?.text === '.' ? to + 2 : to + 1;
  if ((tokens[after]?.para ?? -1) !== para && /^[.!?"”]$/.test(tokens[open - 1]?.text ?? '')) return true;
  // the dateline ends in a dash: "(Reuters) -", "(AP) —"
  if (!/^[-–—]$/.test(tokens[to + 1]?.text ?? '')) return false;
  // at most a few words (the place, a region or a date) before the bracket in its paragraph
  for (let k = open - 1; k >= 0 && tokens[k]!.para === para; k--) if (open - k > DATELINE_WORDS) return false;
  return true;
}

/** How many tokens a dateline may have before its credit ("GOMA, Democratic Republic of Congo (AFP)"). */
const DATELINE_WORDS = 8;

/**
 * Where the text of a paragraph starting at `from` begins after an opening dateline ("GOMA, Democratic
 * Republic of Congo (AFP) - …", "KUWAIT, Nov 18 (KUNA) -- …", "MULTAN: …"): the token after its dash or
 * colon, or `from` when the paragraph opens with no dateline. A dateline is capitalized words, numbers,
 * commas, full stops and a bracketed credit, ending in its dash within a few tokens.
 */
export function datelineEnd(tokens: readonly Token[], from: number): number {
  const para = tokens[from]?.para;
  for (let k = from; k < from + DATELINE_SPAN && tokens[k]?.para === para; k++) {
    const t = tokens[k]!;
    if (k > from && /^([-–—:]|--)$/.test(t.text)) return k + 1;
    if (t.kind === 'word' ? !t.cap && t.lower !== 'of' : !/^[,.()]$/.test(t.text) && t.kind !== 'number')
      return from;
  }
  return from;
}

/** How many tokens an opening dateline may have up to its dash. */
const DATELINE_SPAN = 14;
