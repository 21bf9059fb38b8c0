import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import { textWords } from '../../text/text-words.js';
import { isPossessiveMark, type Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { headTakes, isAcronym, isTheAndTitle, spanText } from '../name-shape.js';
import { MAX_NAME_TOKENS } from './candidate.js';
import { gazetteer } from './entity-gazetteer.js';
import { endsTitle } from './titles.js';

/** A name particle ("von", "al", "bin"; asked of most words after a capitalized one: a word fact). */
const isParticle = wordFact((w) => lexicon.particles.has(w));

/** A short lower-case word inside a known place's name ("es" of "Dar es Salaam"; a word fact). */
const isInsidePlaceWord = wordFact((w) => w.length <= 3 && PLACE_INNER_WORDS.has(w));

/** The lower-case words of at most three letters inside the known places' names of several words. */
const PLACE_INNER_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  for (const p of lexicon.places) {
    const parts = p.split(' ');
    for (let i = 1; i < parts.length - 1; i++) if (parts[i]!.length <= 3) words.add(parts[i]!);
  }
  return words;
})();

/** A lower-case particle, a hyphen, then a capitalised name ("al-Sisi"). */
const PARTICLE_JOINED = /^\p{Ll}+-\p{Lu}/u;

/**
 * End (exclusive) of a run of capitalized words, with "of", "for" and "on" inside institutional names ("Council
 * on Foreign Relations") and name particles.
 */
export function extendRun(tokens: readonly Token[], i: number, end: number): number {
  let j = i + 1;
  let joinedFor = false;
  /** Where the run last took a lower-case "of", "for" or "on" into the name (0: never). */
  let joinedAt = 0;
  let possessiveAt = -1;
  while (j < end && j - i < MAX_NAME_TOKENS) {
    const u = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (u.start - prev.end > 2) break;
    // "Conservative People's Party": a possessive inside a name, kept if the name ends in a head word
    if (possessiveAt < 0 && isPossessiveInName(tokens, j, end)) {
      possessiveAt = j;
      j += 2;
      continue;
    }
    // "Washington D.C. Image: Nick Moreau": a caption's credit label ends the name before it
    if (u.cap && u.kind === 'word' && isCaptionLabel(tokens, j)) break;
    // "in Washington D.C. The six …": after an abbreviation's dot, a common word opens a new sentence
    if (prev.text.endsWith('.') && lexicon.common.has(u.lower)) break;
    // "Azure Sands Properties Dh12 million": an amount written with its currency ends the name
    if (u.cap && u.kind === 'word' && !isAmount(u)) {
      j++;
      continue;
    }
    const n1 = tokens[j + 1];
    const joins =
      (u.lower === 'of' && lexicon.ofHeads.has(prev.lower) && !placeAfterPlaceName(tokens, i, j)) ||
      (headTakes(prev.lower, u.lower) &&
        !(u.lower === 'on' && isDateWord(n1)) &&
        !(u.lower === 'in' && !opensPlace(tokens, j + 1))) ||
      // "Fountain of Grace Prophetic Ministries": a congregation's name opening with one word and "of"
      (u.lower === 'of' &&
        (j === i + 1 || (j === i + 2 && tokens[i]!.lower === 'the')) &&
        !entityWords.memberNouns.has(prev.lower) &&
        endsInCongregationHead(tokens, j + 1, end)) ||
      // "Office for the Coordination of Humanitarian Affairs", "Union of Pensioners of Slovakia": a second "of"
      // inside a name already joined (not "University of Sheffield of the UK": after a place, "of the UK" says
      // where it is)
      (u.lower === 'of' &&
        joinedAt > 0 &&
        prev.cap &&
        !(isPlaceWord(objectAt(tokens, j)) && isPlaceWord(objectAt(tokens, joinedAt))));
    // "Centers for Disease Control and Prevention", "Center on Budget and Policy Priorities", "Ministry of
    // Science and Technology" may end in "and X"
    if (joins && (u.lower !== 'of' || entityWords.andHeads.has(prev.lower))) joinedFor = true;
    if (joins) joinedAt = j;
    if (joins && n1 && j + 1 < end) {
      if (n1.cap && n1.kind === 'word') {
        j += 2;
        continue;
      }
      const n2 = tokens[j + 2];
      if (n1.lower === 'the' && n2?.cap && j + 2 < end) {
        j += 3;
        continue;
      }
    }
    // "Dar es Salaam", "Port of Spain": a short lower-case word inside a known place's name
    if (
      u.kind === 'word' &&
      isInsidePlaceWord(u) &&
      u.text === u.lower &&
      n1?.cap &&
      j + 1 < end &&
      (lexicon.places.has(spanText(tokens, i, j + 2).toLowerCase()) ||
        lexicon.places.has(spanText(tokens, j - 1, j + 2).toLowerCase()))
    ) {
      j += 2;
      continue;
    }
    if (isParticle(u) && n1?.cap && j + 1 < end && u.text === u.lower) {
      j += 2;
      continue;
    }
    // "Abdel Fattah al-Sisi", "Zia ul-Haq": a particle joined to the capitalised surname by a hyphen
    if (
      u.kind === 'word' &&
      PARTICLE_JOINED.test(u.text) &&
      lexicon.particles.has(u.lower.slice(0, u.lower.indexOf('-')))
    ) {
      j++;
      continue;
    }
    // "Ursula von der Leyen", "Rafael de la Fuente": two particles before the surname
    const n2 = tokens[j + 2];
    if (
      u.text === u.lower &&
      isParticle(u) &&
      n1?.text === n1?.lower &&
      lexicon.particles.has(n1?.lower ?? '') &&
      n2?.cap &&
      j + 2 < end
    ) {
      j += 3;
      continue;
    }
    // "Secunia.com": a web address written as a name keeps its domain ending
    if (u.text === '.' && u.start === prev.end && n1?.start === u.end && isDomainEnding(n1)) {
      j += 2;
      continue;
    }
    // "J. Smith", "Gen. Smith", "St. Lawrence River": an initial's, a title's or an abbreviation's full stop
    if (
      u.text === '.' &&
      u.start === prev.end &&
      n1?.cap &&
      !lexicon.common.has(n1.lower) &&
      (prev.text.length === 1 ||
        lexicon.titles.has(prev.lower) ||
        (prev.cap && textWords.abbreviations.has(prev.lower)))
    ) {
      j++;
      continue;
    }
    break;
  }
  // ("Special Prosecutor's Office against Corruption": the head after the possessive took a preposition)
  if (
    possessiveAt >= 0 &&
    !isHead(tokens[j - 1]!.lower) &&
    !(joinedAt > possessiveAt && isHead(tokens[possessiveAt + 1]!.lower))
  )
    return possessiveAt;
  return bridgedEnd(tokens, i, j, end, joinedFor);
}

/** How many capitalized words may follow "of" up to a congregation's head. */
const CONGREGATION_WORDS = 4;

/** Capitalized words from k (at most CONGREGATION_WORDS) whose last is a congregation's head ("Grace … Ministries"). */
function endsInCongregationHead(tokens: readonly Token[], k: number, end: number): boolean {
  let e = k;
  while (e < end && e - k < CONGREGATION_WORDS && tokens[e]!.cap && tokens[e]!.kind === 'word') e++;
  return (
    e > k &&
    lexicon.congregationHeads.has(tokens[e - 1]!.lower) &&
    !(tokens[e]?.cap && tokens[e]!.kind === 'word')
  );
}

/** A head word of an organization or a place, or the plural of one ("Teachers' Associations"). */
function isHead(w: string): boolean {
  if (lexicon.orgHeads.has(w) || lexicon.locHeads.has(w)) return true;
  return w.endsWith('s') && lexicon.orgHeads.has(w.slice(0, -1));
}

/** The word after the preposition at k, past a "the" ("of the UK" → "UK"). */
function objectAt(tokens: readonly Token[], k: number): Token | undefined {
  const n1 = tokens[k + 1];
  return n1?.lower === 'the' ? tokens[k + 2] : n1;
}

/** "Dh12", "Rs500", "Tk12,500": a currency's abbreviation of two or three letters written before the amount. */
const AMOUNT = /^\p{Lu}\p{Ll}{1,2}\d/u;

function isAmount(t: Token): boolean {
  return AMOUNT.test(t.text);
}

/** "The Council on Monday voted": a weekday or month after "on" is a date, not the rest of a name. */
function isDateWord(t: Token | undefined): boolean {
  return t !== undefined && (lexicon.weekdays.has(t.lower) || lexicon.months.has(t.lower));
}

/**
 * "Conservative People's Party", "Korean Metal Workers' Union", "Attorney General's Office": a possessive
 * mark at j, inside a name, after a possessive name word, a plural's apostrophe or a title before a head.
 */
function isPossessiveInName(tokens: readonly Token[], j: number, end: number): boolean {
  const u = tokens[j]!;
  const prev = tokens[j - 1]!;
  const plural = /^['’]$/.test(u.text) && prev.cap && prev.lower.endsWith('s');
  // "Attorney General's Office", "the Chief Minister's Office": a title's office is a body's name
  const titled =
    isPossessiveMark(u) && endsTitle(tokens, j - 1) && lexicon.orgHeads.has(tokens[j + 1]?.lower ?? '');
  // "St Hilda's Hospital", "St. Mary's College": a saint's name before a head
  const saint =
    isPossessiveMark(u) && prev.cap && isSaint(tokens[j - 2]?.text === '.' ? tokens[j - 3] : tokens[j - 2]);
  return (
    (plural || titled || saint || (isPossessiveMark(u) && lexicon.possessiveNameWords.has(prev.lower))) &&
    u.start === prev.end &&
    tokens[j + 1]?.cap === true &&
    tokens[j + 1]!.kind === 'word' &&
    j + 1 < end
  );
}

function isSaint(t: Token | undefined): boolean {
  return t !== undefined && lexicon.saintWords.has(t.text);
}

/**
 * End of the run after the lower-case word that may bridge it to a longer name: "and X" after a "for"
 * name, a publication's "The X and Y", an "X and Y" that a bracketed abbreviation spells or a public body,
 * and a longer gazetteer name.
 */
function bridgedEnd(
  tokens: readonly Token[],
  i: number,
  j0: number,
  end: number,
  joinedFor: boolean,
): number {
  // ("Ministry of Trade, Industry and Fisheries": a body's portfolios listed with commas before the "and")
  const j = joinedFor ? portfolioListEnd(tokens, j0, end) : j0;
  const bridge = tokens[j];
  // "Centers for Disease Control and Prevention", "Ministry of Climate Crisis and Civil Protection": a "for"
  // name, or an "of" name of a public body, may end in "and X" or "and X Y" (not "and Jane Roe", "and
  // France", "and Minister X")
  if (joinedFor && bridge?.lower === 'and' && j + 1 < end && isPortfolioItem(tokens[j + 1])) {
    let k = j + 1;
    while (
      k < end &&
      k - j <= AND_BODY_WORDS &&
      tokens[k]!.cap &&
      tokens[k]!.kind === 'word' &&
      !lexicon.titles.has(tokens[k]!.lower)
    )
      k++;
    const after = tokens[k];
    // ("Union of Middle and Secondary School Teachers": past two words, only up to a plural of members)
    const fits = k - j <= 3 || (tokens[k - 1]!.lower.endsWith('s') && !isPlaceWord(tokens[k - 1]));
    if (k > j + 1 && fits && (!after?.cap || after.kind !== 'word')) return ofCountryEnd(tokens, k, end);
  }
  if (j !== j0) return j0;
  // "Meteorology, Climatology and Geophysics Agency", "Kenya Medical Practitioners, Pharmacists and Dentists
  // Union": items joined by commas and a last "and" up to a body's head
  const listed = bridge?.text === ',' ? commaListBodyEnd(tokens, j, end) : 0;
  if (listed > 0) return listed;
  // "RQ Builders and Trading", "Smith Construction and Engineering": a company's two head words joined by "and"
  if (
    bridge?.lower === 'and' &&
    j + 1 < end &&
    j - i >= 2 &&
    lexicon.orgHeads.has(tokens[j - 1]!.lower) &&
    tokens[j + 1]!.cap &&
    lexicon.orgHeads.has(tokens[j + 1]!.lower)
  )
    return j + 2;
  // "Procter & Gamble", "Halvorsen & Co.": an ampersand between capitalized words joins one name
  if (bridge?.text === '&' && j + 1 < end && tokens[j + 1]!.cap && tokens[j + 1]!.kind === 'word') {
    let k = j + 1;
    while (k < end && k - j <= 2 && tokens[k]!.cap && tokens[k]!.kind === 'word') k++;
    return k;
  }
  // "of The Globe and Mail": a capitalized "The" inside a sentence opens a title, "X and Y" of common words
  if (isTheAndTitle(tokens, i, j, end)) return j + 2;
  // "Union of Rationalist Atheists and Agnostics (UAAR)": the bracketed abbreviation spells the longer name
  const spelled = bridge && j + 1 < end ? spelledByAbbreviation(tokens, i, j, end) : 0;
  if (spelled > 0) return spelled;
  // "Fire and Emergency Services": a public body whose name joins two words with "and"
  const publicBody = bridge && j + 1 < end ? publicBodyEnd(tokens, i, j, end) : 0;
  if (publicBody > 0) return publicBody;
  // Longer gazetteer names bridge lower-case words ("Trinidad and Tobago", "Jaish-e-Mohammed").
  if (!bridge || !(bridge.lower === '&' || entityWords.nameBridges.has(bridge.lower))) return j;
  for (let k = Math.min(end, i + 6); k > j; k--) {
    if (gazetteer.lookup(spanText(tokens, i, k)).length > 0 && tokens[k - 1]!.cap) return k;
  }
  return j;
}

/**
 * Where the "and" after a comma list of portfolios stands (", Industry and", ", Culture, and"), each item one or
 * two capitalised words that are no place, given name or title; j itself when no such list follows.
 */
function portfolioListEnd(tokens: readonly Token[], j: number, end: number): number {
  let k = j;
  while (tokens[k]?.text === ',' && k + 1 < end && isPortfolioItem(tokens[k + 1])) {
    k += 2;
    if (k < end && isPortfolioItem(tokens[k])) k++;
  }
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'and') k++;
  return k > j && tokens[k]?.lower === 'and' ? k : j;
}

/** A listed item's word that is no title either ("Industry", not "Minister"). */
function isPortfolioItem(t: Token | undefined): boolean {
  return isListItemWord(t) && !lexicon.titles.has(t!.lower);
}

/** How many capitalized words a listed item of a body's name may have. */
const LIST_ITEM_WORDS = 3;

/**
 * End of ", B and C Head" at j (a comma): items of one to three capitalized words that are no place or given
 * name, the last after "and" and ending in a head of such bodies (entity-words.json#and_heads), else 0.
 */
function commaListBodyEnd(tokens: readonly Token[], j: number, end: number): number {
  let k = j;
  for (let part = 0; part < 4 && tokens[k]?.text === ','; part++) {
    // (not after ", and": "critics like Colin Yeo, and Joint Council …" lists separate names)
    if (tokens[k + 1]?.lower === 'and') return 0;
    let e = k + 1;
    const first = e;
    while (e < end && e - first < LIST_ITEM_WORDS && isListItemWord(tokens[e])) e++;
    if (e === first) return 0;
    if (tokens[e]?.lower === 'and') {
      // the last item after "and": up to the body's head
      let h = e + 1;
      // (the head may also name a place: "Union" is a town)
      while (
        h < end &&
        h - (e + 1) < LIST_ITEM_WORDS + 1 &&
        (isListItemWord(tokens[h]) || (tokens[h]!.cap && entityWords.andHeads.has(tokens[h]!.lower)))
      )
        h++;
      return h > e + 1 && entityWords.andHeads.has(tokens[h - 1]!.lower) ? h : 0;
    }
    k = e;
  }
  return 0;
}

/** A capitalized word of a listed item: no place or given name ("Pharmacists", a profession, may be one). */
function isListItemWord(t: Token | undefined): boolean {
  return t?.cap === true && t.kind === 'word' && !isPlaceWord(t) && !lexicon.givenNames.has(t.lower);
}

/** Past "of [the] <country>" at k ("… Teachers of Senegal"), else k. */
function ofCountryEnd(tokens: readonly Token[], k: number, end: number): number {
  if (tokens[k]?.lower !== 'of') return k;
  const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const t = tokens[at];
  return at < end && t?.cap && lexicon.country(t.text) !== undefined ? at + 1 : k;
}

/** End of "X and Y" (or "X & Y") when the name is a public body's that joins two words with "and", else 0. */
/** How many words a body's name may have after its "and" ("… and Waterfront Workers Trade Union"). */
const AND_BODY_WORDS = 4;

function publicBodyEnd(tokens: readonly Token[], i: number, j: number, end: number): number {
  const bridge = tokens[j]!;
  if (!((bridge.lower === 'and' || bridge.text === '&') && tokens[j + 1]?.cap)) return 0;
  let k = j + 1;
  while (k < end && k - j <= AND_BODY_WORDS && tokens[k]!.cap && tokens[k]!.kind === 'word') k++;
  const before = tokens[j - 1]!.lower;
  // ("England and Wales Cricket Board", "Police and Border Guard Board": two words or more after "and" up to
  // the head make one body whatever the word before "and")
  // (not after a party's name: "Labour and Unite Union members" are two bodies)
  if (entityWords.partyNames.has(before)) return 0;
  const long = k - (j + 1) >= 2;
  if (
    entityWords.andHeads.has(tokens[k - 1]!.lower) &&
    k - (j + 1) <= AND_BODY_WORDS &&
    (long ||
      (!lexicon.orgHeads.has(before) &&
        !lexicon.country(before) &&
        !lexicon.places.has(before) &&
        gazetteer.lookup(spanText(tokens, i, j)).length === 0))
  )
    return k;
  return 0;
}

/** Generic and two-letter country-code domains ("Secunia.com", "Civil.ge", "bbc.co.uk"). */
const DOMAIN_ENDINGS = /^(com|org|net|gov|edu|info|io|news|[a-z]{2})$/;

function isDomainEnding(t: Token): boolean {
  return t.kind === 'word' && t.text === t.lower && DOMAIN_ENDINGS.test(t.text);
}

/**
 * "Colorado State University of the US": a name that opens with a place and ends in an "of" head before
 * a country is complete; "of the US" says where it is ("Bank of England", "Reserve Bank of India" join).
 */
function placeAfterPlaceName(tokens: readonly Token[], i: number, j: number): boolean {
  if (j - i < 2) return false;
  const first = tokens[i]!;
  if (!lexicon.places.has(first.lower) && !lexicon.country(first.text)) return false;
  let k = j + 1;
  if (tokens[k]?.lower === 'the') k++;
  const one = tokens[k];
  if (!one?.cap) return false;
  const two = tokens[k + 1];
  return (
    lexicon.country(one.text) !== undefined ||
    (two?.cap === true && lexicon.country(`${one.text} ${two.text}`) !== undefined)
  );
}

/**
 * End of "X and Y" (or "X & Y") when the abbreviation in brackets right after it has the initials of the
 * whole name, in any order (an abbreviation of the name in its own language: UAAR), else 0.
 */
function spelledByAbbreviation(tokens: readonly Token[], i: number, j: number, end: number): number {
  // "Commission for Conciliation, Mediation and Arbitration (CCMA)": a list of words joined by commas and
  // "and", up to four parts
  let k = j;
  for (let part = 0; part < 4 && k < end; part++) {
    const bridge = tokens[k]!;
    if (bridge.text === ',' && tokens[k + 1]?.lower === 'and') k++;
    const joins = bridge.text === ',' || tokens[k]!.lower === 'and' || tokens[k]!.text === '&';
    if (!joins) break;
    const first = k + 1;
    k = first;
    while (k < end && k - first < 3 && tokens[k]!.cap && tokens[k]!.kind === 'word') k++;
    if (k === first) return 0;
    if (tokens[k]?.text === '(') break;
  }
  if (k === j || !spansAnd(tokens, j, k)) return 0;
  const acr = tokens[k + 1];
  if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !acr || !isAcronym(acr.text)) return 0;
  const letters = (xs: string[]) => xs.sort().join('');
  const wanted = letters([...acr.text.replace(/[.&]/g, '')]);
  const initials: string[] = [];
  for (let n = i; n < k; n++) {
    const t = tokens[n]!;
    // a leading "The" is not spelled
    if (t.cap && t.kind === 'word' && !(n === i && lexicon.common.has(t.lower))) initials.push(t.text[0]!);
  }
  return wanted.length >= 3 && letters(initials) === wanted ? k : 0;
}

/** Whether "and" (or "&") joins the list between j and k: a list of names ends with one. */
function spansAnd(tokens: readonly Token[], j: number, k: number): boolean {
  for (let n = j; n < k; n++) if (tokens[n]!.lower === 'and' || tokens[n]!.text === '&') return true;
  return false;
}

function isCaptionLabel(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.text === ':' && lexicon.captionLabels.has(tokens[k]!.lower);
}

/** A known place of one or two words at k ("in Abuja", "in South Sudan"). */
function opensPlace(tokens: readonly Token[], k: number): boolean {
  const one = tokens[k];
  if (isPlaceWord(one)) return true;
  const two = tokens[k + 1];
  if (!one?.cap || !two?.cap) return false;
  const name = `${one.lower} ${two.lower}`;
  return lexicon.country(name) !== undefined || lexicon.places.has(name);
}

/** A country's or a known place's name ("of South Africa" says where a body is; "and France" is a second name). */
function isPlaceWord(t: Token | undefined): boolean {
  return t?.cap === true && (lexicon.country(t.lower) !== undefined || lexicon.places.has(t.lower));
}
