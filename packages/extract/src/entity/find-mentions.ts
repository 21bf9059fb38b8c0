import { isTidyAscii, normalizeCore, normalizeKey } from '@newsfacts/evidence';
import { defaultGazetteer, type GazetteerEntry } from '@newsfacts/gazetteer';
import type { MentionForm } from '../entity/types.js';
import { entityWords, lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { isPossessiveMark } from '../text/tokenize.js';
import { wordFact } from '../text/word-facts.js';
import {
  hasOfHead,
  isAcronym,
  isLikelyPersonName,
  isNonNameWord,
  isTheAndTitle,
  looksLikePersonName,
  spanText,
} from './name-shape.js';
import type { EntityRuleId } from './rules/entity-rules.js';
import type { NameFacts } from './rules/name-facts.js';
import { TYPE_RULES } from './rules/type-rules.js';

export type NameType = 'person' | 'organization' | 'location';

/** A stretch of text that may name an entity, before mentions are grouped into entities. */
export interface Candidate {
  /** Token range of the whole mention, titles included. */
  from: number;
  to: number;
  /** Token range of the name without titles and demonyms. */
  coreFrom: number;
  coreTo: number;
  /** Normalized core text, lower case. */
  key: string;
  /** Core text as written. */
  core: string;
  type: NameType | null;
  form: MentionForm;
  gaz: GazetteerEntry | null;
  /** ISO code when the name is a country. */
  iso: string | null;
  /** Lower-case titles in front of the name ("chief justice"). */
  titles: string[];
  /** Single capitalized word whose status depends on the rest of the article. */
  uncertain: boolean;
  /** Canonical name forced by a lookup (gazetteer name of a possessive or abbreviation). */
  canonical: string | null;
  rule: EntityRuleId;
  /** The type is only a default guess (a two-word name taken for a person, a lone word after "in"). */
  weak: boolean;
  /** Abbreviation written in brackets right after the name: "Sociedad … (SQM)". */
  acronym: string | null;
}

const defaultGaz = defaultGazetteer();
/** Lookup keys of every gazetteer name and alias: a surface whose key is not here finds nothing. */
const GAZETTEER_KEYS = new Set<string>();
for (const e of defaultGaz.entries)
  for (const f of [e.name, ...e.aliases]) GAZETTEER_KEYS.add(normalizeKey(f));
const NOTHING: readonly GazetteerEntry[] = Object.freeze([]);

/**
 * The gazetteer entries extraction takes for a surface: a region or city (a place without a country
 * code) written as one common word, given name or title ("Mara", a Kenyan region, or "Mara Velkin") is
 * left to the other rules, as the city names are.
 */
export function placeEntries(surface: string, entries: readonly GazetteerEntry[]): readonly GazetteerEntry[] {
  if (entries.length === 0 || !lexicon.notPlaces.has(normalizeKey(surface))) return entries;
  const kept = entries.filter((e) => e.type !== 'location' || e.iso3166_1_alpha2);
  return kept.length === entries.length ? entries : kept;
}

/**
 * The gazetteer, asked only about surfaces that can match: most capitalized runs are not in it, and for
 * plain ASCII text the lookup key (see normalizeKey) is just the lower case without a leading "the ".
 */
export const gazetteer = {
  lookup(surface: string): readonly GazetteerEntry[] {
    if (isTidyAscii(surface)) {
      const lower = surface.toLowerCase();
      if (!GAZETTEER_KEYS.has(lower.startsWith('the ') ? lower.slice(4) : lower)) return NOTHING;
    }
    return placeEntries(surface, defaultGaz.lookup(surface));
  },
};
const MAX_NAME_TOKENS = 8;
/** First words of the titles, so most positions are ruled out with one lookup. */
const TITLE_FIRST_WORDS = new Set([...lexicon.titles].map((t) => t.split(' ')[0]!));
const startsTitle = wordFact((w) => TITLE_FIRST_WORDS.has(stripEx(w)));
const isOrgHeadOrSuffix = wordFact((w) => lexicon.orgHeads.has(w) || lexicon.legalSuffixes.has(w));

/** Finds name candidates in every sentence: capitalized runs, split into titles, demonyms and names. */
export function findCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = doc;
  const titleCaseLines: { from: number; to: number }[] = [];
  /** Initials of capitalized runs that name nothing ("Internet Explorer"). */
  const unnamed = new Set<string>();
  for (const s of doc.sentences) {
    if (s.headline && isDatelineLike(tokens, s.from, s.to)) continue;
    // In a Title Case headline every word is capitalized: only names the body also uses are read there.
    if (s.headline && isTitleCase(tokens, s.from, s.to)) {
      titleCaseLines.push(s);
      continue;
    }
    let i = s.from;
    while (i < s.to) {
      const t = tokens[i]!;
      if (!t.cap || t.kind !== 'word') {
        i++;
        continue;
      }
      let j = extendRun(tokens, i, s.to);
      // "US$ 20,000", "A$5": a currency's country prefix, not a mention of the country
      if (j === i + 1 && tokens[j]?.text === '$' && tokens[j]!.start === t.end) {
        i = j;
        continue;
      }
      const sentenceStart = isSentenceStart(tokens, i, s.from);
      const made = analyzeRun(doc, i, j, sentenceStart);
      if (j - i > 1 && made.every((c) => c.type === null)) {
        unnamed.add(initialsOf(tokens, i, j));
        if (lexicon.common.has(t.lower)) unnamed.add(initialsOf(tokens, i + 1, j));
      }
      if (made.length === 1) typeBeforeTitledPossessive(tokens, made[0]!, j, s.to);
      // "Labour's Shadow Home Secretary": a word read as an adjective takes no possessive; it is a name there
      if (made.length === 0 && j === i + 1) {
        const c = makeCandidate(doc, i, j, i, j, {
          type: null,
          form: 'name',
          titles: [],
          uncertain: true,
          rule: 'entity/name',
        });
        typeBeforeTitledPossessive(tokens, c, j, s.to);
        if (c.type !== null) made.push(c);
      }
      for (const c of made) out.push(asMetonym(doc, c));
      const possessive = possessiveName(doc, i, j, s.to);
      if (possessive) {
        out.push(possessive);
        j = possessive.to;
      }
      i = j;
    }
  }
  dropSpelledTerms(out, unnamed);
  retypeByNeighbours(doc, out);
  retypeNationalTeams(doc, out);
  unifyLegalNames(out);
  for (const line of titleCaseLines) out.push(...namesInTitleCase(doc, line.from, line.to, out));
  out.sort((x, y) => x.from - y.from || y.to - x.to);
  extendByKnownNames(doc, out);
  findCapitals(doc, out);
  markBylines(doc, out);
  return out;
}

/** Initials of the capitalized words of a run. */
function initialsOf(tokens: readonly Token[], i: number, j: number): string {
  let out = '';
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (t.cap && t.kind === 'word') out += t.text[0];
  }
  return out;
}

/**
 * "IE" beside "Internet Explorer": an abbreviation taken for an organization only because it is repeated
 * names nothing when the article spells it out as a capitalized phrase that names nothing.
 */
function dropSpelledTerms(cands: Candidate[], unnamed: ReadonlySet<string>): void {
  if (unnamed.size === 0) return;
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k]!;
    if (c.rule === 'entity/acronym' && unnamed.has(c.core.replace(/\./g, ''))) cands.splice(k, 1);
  }
}

/**
 * "Labour's Shadow Home Secretary Yvette Cooper": a name not otherwise typed, written as a possessive before
 * a title and a personal name, is the institution (or the place) the person serves.
 */
function typeBeforeTitledPossessive(tokens: readonly Token[], c: Candidate, j: number, end: number): void {
  if (c.titles.length > 0 || !(c.type === null || c.weak || c.uncertain)) return;
  if (!isPossessiveMark(tokens[j]) || !tokens[j + 1]?.cap || j + 1 >= end) return;
  const k = extendRun(tokens, j + 1, end);
  const tl = titleLength(tokens, j + 1, k);
  if (tl === 0 || j + 1 + tl >= k || !looksLikePersonName(tokens, j + 1 + tl, k)) return;
  const title = spanText(tokens, j + 1, j + 1 + tl).toLowerCase();
  c.type = entityWords.placeTitles.has(title.replace(/\.$/, '')) ? 'location' : 'organization';
  c.uncertain = false;
  c.weak = false;
  c.rule = 'entity/before-title';
}

/** "Kenya's Supreme Court": a known name written as a possessive. */
function possessiveName(doc: Doc, i: number, j: number, end: number): Candidate | null {
  const { tokens } = doc;
  const apostrophe = tokens[j];
  const next = tokens[j + 1];
  if (!apostrophe || !next || !isPossessiveMark(apostrophe) || !next.cap || j + 1 >= end) return null;
  const k = extendRun(tokens, j + 1, end);
  const text = spanText(tokens, i, k);
  const gaz = gazetteer.lookup(text)[0];
  if (!gaz) return null;
  return makeCandidate(doc, i, k, i, k, {
    type: gaz.type,
    form: 'possessive',
    titles: [],
    uncertain: false,
    rule: 'entity/possessive',
    gaz,
    canonical: gaz.name,
  });
}

/** A capital that speaks or acts ("Nairobi said") stands for its country's government. */
function asMetonym(doc: Doc, c: Candidate): Candidate {
  if (c.type !== 'location' || c.iso) return c;
  const countryName = lexicon.capitalOf(c.core);
  if (!countryName) return c;
  const next = doc.tokens[c.coreTo];
  const prev = doc.tokens[c.from - 1];
  if (
    !next ||
    !lexicon.speechVerbs.has(next.lower) ||
    entityWords.locativePrepositions.has(prev?.lower ?? '')
  )
    return c;
  const country = lexicon.country(countryName);
  return {
    ...c,
    key: countryName.toLowerCase(),
    form: 'metonym',
    iso: country?.iso ?? null,
    canonical: countryName,
    gaz: gazetteer.lookup(countryName)[0] ?? null,
    rule: 'entity/metonym:capital',
  };
}

/** "Kenya's capital" and "the capital" (of the article's main country) name a capital city. */
function findCapitals(doc: Doc, cands: Candidate[]): void {
  const { tokens } = doc;
  const countryCount = new Map<string, number>();
  for (const c of cands)
    if (c.iso && c.canonical) countryCount.set(c.canonical, (countryCount.get(c.canonical) ?? 0) + 1);
  let main: string | null = null;
  let most = 0;
  for (const [name, n] of countryCount) {
    if (n > most) {
      main = name;
      most = n;
    }
  }
  const byEnd = new Map<number, Candidate>();
  for (const c of cands) if (c.iso && c.canonical) byEnd.set(c.coreTo, c);
  const found: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'capital') continue;
    const after = tokens[k + 1];
    if (
      after &&
      (after.cap ||
        /^(gains|punishment|markets?|flight|expenditure|spending|investment|letters?|offen[cs]e|crimes?|cases?|city|ratio|costs?)$/.test(
          after.lower,
        ))
    )
      continue;
    const prev = tokens[k - 1]!;
    let country: Candidate | undefined;
    let from = k - 1;
    if (isPossessiveMark(prev)) {
      country = byEnd.get(k - 1);
      from = country?.from ?? from;
    }
    const countryName = country?.canonical ?? (prev.lower === 'the' && main ? main : null);
    if (!countryName) continue;
    const capital = lexicon.capitalFor(countryName);
    if (!capital) continue;
    found.push(
      makeCandidate(doc, from, k + 1, from, k + 1, {
        type: 'location',
        form: 'description',
        titles: [],
        uncertain: false,
        rule: 'entity/description:capital',
        gaz: gazetteer.lookup(capital)[0] ?? null,
        canonical: capital,
      }),
    );
    const last = found[found.length - 1]!;
    last.key = capital.toLowerCase();
    last.core = capital;
  }
  cands.push(...found);
  cands.sort((x, y) => x.from - y.from || y.to - x.to);
}

/** "X is associate editor of Y" and "By X" lines name the author and the outlet. */
function markBylines(doc: Doc, cands: Candidate[]): void {
  const { tokens, sentences } = doc;
  const lastPara = tokens[tokens.length - 1]?.para ?? -1;
  const starting = new Map<number, Candidate>();
  for (const c of cands) if (!starting.has(c.from)) starting.set(c.from, c);
  for (const s of sentences) {
    const first = starting.get(s.from);
    const t0 = tokens[s.from];
    if (t0?.lower === 'by' && s.to - s.from <= 6) {
      const person = starting.get(s.from + 1);
      if (person && person.type === 'person') person.form = 'byline';
      continue;
    }
    if (s.para !== lastPara || !first || first.type !== 'person') continue;
    if (tokens[first.to]?.lower !== 'is') continue;
    for (let k = first.to + 1; k < s.to; k++) {
      const w = tokens[k]!.lower;
      if (w !== 'of' && w !== 'at' && w !== 'for' && w !== 'with') continue;
      const org = starting.get(k + 1) ?? starting.get(k + 2);
      if (org && org.type === 'organization') {
        first.form = 'byline';
        org.form = 'byline';
        first.rule = 'entity/byline';
        org.rule = 'entity/byline';
      }
      break;
    }
  }
}

/** End (exclusive) of a run of capitalized words, with "of" inside institutional names and name particles. */
function extendRun(tokens: readonly Token[], i: number, end: number): number {
  let j = i + 1;
  let joinedFor = false;
  let possessiveAt = -1;
  while (j < end && j - i < MAX_NAME_TOKENS) {
    const u = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (u.start - prev.end > 2) break;
    // "Conservative People's Party": a possessive inside a name, kept if the name ends in a head word
    if (
      possessiveAt < 0 &&
      isPossessiveMark(u) &&
      u.start === prev.end &&
      lexicon.possessiveNameWords.has(prev.lower) &&
      tokens[j + 1]?.cap &&
      tokens[j + 1]!.kind === 'word' &&
      j + 1 < end
    ) {
      possessiveAt = j;
      j += 2;
      continue;
    }
    // "Washington D.C. Image: Nick Moreau": a caption's credit label ends the name before it
    if (u.cap && u.kind === 'word' && isCaptionLabel(tokens, j)) break;
    // "in Washington D.C. The six …": after an abbreviation's dot, a common word opens a new sentence
    if (prev.text.endsWith('.') && lexicon.common.has(u.lower)) break;
    if (u.cap && u.kind === 'word') {
      j++;
      continue;
    }
    const n1 = tokens[j + 1];
    const joins =
      (u.lower === 'of' && lexicon.ofHeads.has(prev.lower) && !placeAfterPlaceName(tokens, i, j)) ||
      (u.lower === 'for' && entityWords.forHeads.has(prev.lower));
    if (u.lower === 'for' && joins) joinedFor = true;
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
    if (lexicon.particles.has(u.lower) && n1?.cap && j + 1 < end && u.text === u.lower) {
      j += 2;
      continue;
    }
    // "Secunia.com": a web address written as a name keeps its domain ending
    if (u.text === '.' && u.start === prev.end && n1?.start === u.end && isDomainEnding(n1)) {
      j += 2;
      continue;
    }
    if (
      u.text === '.' &&
      u.start === prev.end &&
      n1?.cap &&
      !lexicon.common.has(n1.lower) &&
      (prev.text.length === 1 || lexicon.titles.has(prev.lower))
    ) {
      j++;
      continue;
    }
    break;
  }
  if (
    possessiveAt >= 0 &&
    !lexicon.orgHeads.has(tokens[j - 1]!.lower) &&
    !lexicon.locHeads.has(tokens[j - 1]!.lower)
  )
    return possessiveAt;
  // Longer gazetteer names bridge lower-case words ("Trinidad and Tobago", "Jaish-e-Mohammed").
  const bridge = tokens[j];
  // "Centers for Disease Control and Prevention": a "for" name may end in "and X"
  if (
    joinedFor &&
    bridge?.lower === 'and' &&
    tokens[j + 1]?.cap &&
    tokens[j + 1]!.kind === 'word' &&
    j + 1 < end
  ) {
    const after = tokens[j + 2];
    if (!after?.cap || after.kind !== 'word') return j + 2;
  }
  // "of The Globe and Mail": a capitalized "The" inside a sentence opens a title, "X and Y" of common words
  if (isTheAndTitle(tokens, i, j, end)) return j + 2;
  // "Union of Rationalist Atheists and Agnostics (UAAR)": the bracketed abbreviation spells the longer name
  const spelled = bridge && j + 1 < end ? spelledByAbbreviation(tokens, i, j, end) : 0;
  if (spelled > 0) return spelled;
  // "Fire and Emergency Services": a public body whose name joins two words with "and"
  if (bridge && (bridge.lower === 'and' || bridge.text === '&') && tokens[j + 1]?.cap && j + 1 < end) {
    let k = j + 1;
    while (k < end && k - j <= 3 && tokens[k]!.cap && tokens[k]!.kind === 'word') k++;
    const before = tokens[j - 1]!.lower;
    if (
      entityWords.andHeads.has(tokens[k - 1]!.lower) &&
      k - (j + 1) <= 2 &&
      !lexicon.orgHeads.has(before) &&
      !lexicon.country(before) &&
      !lexicon.places.has(before) &&
      gazetteer.lookup(spanText(tokens, i, j)).length === 0
    )
      return k;
  }
  if (!bridge || !/^(and|of|&|e|i|ul|de|la|al|for|the)$/.test(bridge.lower)) return j;
  for (let k = Math.min(end, i + 6); k > j; k--) {
    if (gazetteer.lookup(spanText(tokens, i, k)).length > 0 && tokens[k - 1]!.cap) return k;
  }
  return j;
}

const DOMAIN_ENDINGS = /^(com|org|net|gov|edu|info|io)$/;

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
  const bridge = tokens[j]!;
  if (bridge.lower !== 'and' && bridge.text !== '&') return 0;
  let k = j + 1;
  while (k < end && k - j <= 3 && tokens[k]!.cap && tokens[k]!.kind === 'word') k++;
  const acr = tokens[k + 1];
  if (k === j + 1 || tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !acr || !isAcronym(acr.text))
    return 0;
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

function isCaptionLabel(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.text === ':' && lexicon.captionLabels.has(tokens[k]!.lower);
}

function isSentenceStart(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /^["“‘'([–—-]$/.test(t.text)) continue;
    return false;
  }
  return true;
}

/** Splits a capitalized run into leading titles/demonyms and a name; returns zero, one or two candidates. */
function analyzeRun(doc: Doc, from: number, to: number, sentenceStart: boolean): Candidate[] {
  const { tokens } = doc;
  // "South Korean", "West African": a compound demonym, not a name
  if (isCompoundDemonym(tokens, from, to)) return [];
  const orgLike = endsInOrgHead(tokens, to) || branchOf(tokens, from, to) !== undefined;
  let a = from;
  const titles: string[] = [];
  let strippedCommon = false;
  for (;;) {
    if (a >= to) break;
    const t = tokens[a]!;
    if (t.text === '.') {
      a++;
      continue;
    }
    const tl = titleLength(tokens, a, to);
    if (tl === 1 && titles.length === 0 && isGivenNameBeforeSurname(tokens, a, to)) break;
    if (tl > 0 && a + tl < to) {
      titles.push(stripEx(spanText(tokens, a, a + tl).toLowerCase()));
      a += tl;
      continue;
    }
    if (tl > 0 && a + tl === to) {
      titles.push(stripEx(spanText(tokens, a, to).toLowerCase()));
      a = to;
      break;
    }
    // "American Federation of …", "Australian Defence Force": a demonym that starts an institution's name
    if (
      lexicon.demonym(t.lower) &&
      !lexicon.country(t.lower) &&
      a + 1 < to &&
      !orgLike &&
      !hasOfHead(tokens, a + 1, to)
    ) {
      a++;
      continue;
    }
    // "Italian Supreme Court of Cassation", "Australian Centre for …": a demonym starts an institution's name;
    // so does a religious or political adjective ("Catholic Church", "Conservative Party", "Islamic Council of X")
    const keepInName =
      (orgLike || hasOfHead(tokens, a + 1, to)) &&
      a + 1 < to &&
      (entityWords.nameAdjectives.has(t.lower) ||
        lexicon.demonym(t.lower) ||
        lexicon.adjectives.has(t.lower));
    // "New South Wales": mid-sentence, a capitalized common word before another capitalized word is part of the name
    const midName = !sentenceStart && a === from && a + 1 < to && isCommonAdjectiveInName(t);
    // "People's Liberation Army": a possessive name word stays
    const possessive =
      lexicon.possessiveNameWords.has(t.lower) && isPossessiveMark(tokens[a + 1]) && a + 1 < to;
    if (isNonNameWord(t) && a + 1 <= to && !keepInName && !midName && !possessive) {
      // A leading common word ("The", "Under", "Such") is not part of the name.
      const rest = spanText(tokens, a, to);
      if (
        gazetteer.lookup(rest).length > 0 ||
        lexicon.places.has(rest.toLowerCase()) ||
        lexicon.country(rest)
      )
        break;
      strippedCommon = true;
      a++;
      continue;
    }
    break;
  }
  if (a >= to) {
    if (titles.length === 0) return [];
    return [
      makeCandidate(doc, from, to, to, to, {
        type: 'person',
        form: 'title',
        titles,
        uncertain: false,
        rule: 'entity/title-reference',
      }),
    ];
  }
  // "Senate Majority Leader Jane Doe", "Springfield Mayor John Roe": an institution or place, then a titled person
  if (titles.length === 0) {
    const split = innerTitle(tokens, a, to);
    if (split > 0) {
      // "Undersecretary for Education Mr. Toccafondi": a title's portfolio, not an institution
      const portfolio =
        /^(for|of)$/.test(tokens[from - 1]?.lower ?? '') &&
        lexicon.titleOfObjects.has(spanText(tokens, from, split).toLowerCase());
      const head = portfolio ? [] : analyzeRun(doc, from, split, sentenceStart);
      const title = spanText(tokens, split, split + titleLength(tokens, split, to)).toLowerCase();
      for (const c of head) {
        if (c.type !== null && !c.weak && !c.uncertain) continue;
        c.type = entityWords.placeTitles.has(title.replace(/\.$/, '')) ? 'location' : 'organization';
        c.uncertain = false;
        c.weak = false;
        c.rule = 'entity/before-title';
      }
      return [...head, ...analyzeRun(doc, split, to, false)];
    }
  }
  // "Red Cross Tamsin Okoro", "United States Karo Velt": a known name, then a person's name
  if (titles.length === 0) {
    const split = personAfterName(tokens, a, to);
    if (split > 0) {
      const person = makeCandidate(doc, split, to, split, to, {
        type: 'person',
        form: 'name',
        titles: [],
        uncertain: false,
        rule: 'entity/person-after-name',
      });
      return [...analyzeRun(doc, from, split, sentenceStart), person];
    }
  }
  // Trailing dots of abbreviations are not part of a name core.
  let b = to;
  while (b > a && tokens[b - 1]!.text === '.') b--;
  // "Senate Republicans": a trailing party or group word is not part of the name
  while (b > a + 1 && isGroupWord(tokens[b - 1]!)) b--;
  if (b <= a) return [];
  const core = spanText(tokens, a, b);
  if (isAllNonName(tokens, a, b)) return [];
  const start = strippedCommon ? a : from;
  const titled = titles.length > 0;
  const gaz = gazetteer.lookup(core)[0] ?? null;
  const country = lexicon.country(core);
  const actor = lexicon.actorType(normalizeCore(core).toLowerCase()) ?? branchOf(tokens, a, b);
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
    first,
    last,
    single,
    titled,
    sentenceStart,
    gaz,
    country,
    actor,
    acronym,
    context,
  };
  const { type, weak, rule } = typeName(facts);
  if (type === null && !single) return [];
  const known = gaz !== null || country !== undefined || actor !== undefined || type === 'location';
  const uncertain =
    single &&
    !known &&
    !isAcronym(tokens[a]!.text) &&
    rule !== 'entity/context' &&
    rule !== 'entity/kind-noun';
  const made = makeCandidate(doc, start, b, a, b, {
    type,
    form: titled ? 'title' : gaz && gaz.name !== normalizeCore(core) && !country ? 'alias' : 'name',
    titles,
    uncertain,
    rule,
    gaz,
    iso: country?.iso ?? null,
    canonical: country ? country.name : null,
  });
  made.weak = weak || (uncertain && rule === 'entity/locative');
  made.acronym = type === 'organization' && !gaz ? acronym : null;
  return [made];
}

const DIRECTION_ADJECTIVES = /^(north|south|east|west|central|upper|lower)(ern|east|west|eastern|western)?$/;

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
    if (w === 'the' || (DIRECTION_ADJECTIVES.test(w) && !tokens[p]!.cap)) p--;
    else break;
  }
  // "Facebook creator Mark Zuckerberg", "a Google spokesman": a name before a member noun is an organization
  const after = tokens[b];
  if (!sentenceStart && after?.kind === 'word' && !after.cap && entityWords.memberNouns.has(after.lower))
    return 'organization';
  // "Detroit-based", "Oslo-born"
  if (tokens[b]?.text === '-' && /^(based|born|headquartered|registered)$/.test(tokens[b + 1]?.lower ?? ''))
    return 'location';
  const prep = tokens[p];
  if (prep?.kind !== 'word' || prep.cap) return null;
  const before = tokens[p - 1]?.lower ?? '';
  if (/^(in|by|from|on)$/.test(prep.lower) && entityWords.publicationVerbs.has(before)) return 'organization';
  if (/^(at|of|with|for)$/.test(prep.lower) && entityWords.memberNouns.has(before)) return 'organization';
  if (prep.lower === 'of' && entityWords.placeNouns.has(before)) return 'location';
  if (sentenceStart || isPossessiveMark(tokens[b])) return null;
  if (
    b - a === 1
      ? entityWords.locativePrepositions.has(prep.lower)
      : entityWords.placePrepositions.has(prep.lower)
  )
    return 'location';
  return null;
}

/**
 * Names typed only by default take the type of a place they are listed with ("Arizona and Nevada",
 * "Baton Rouge, Louisiana", "Cairns and the Atherton Tableland"): one pass each way over the candidates.
 */
function retypeByNeighbours(doc: Doc, cands: Candidate[]): void {
  const { tokens } = doc;
  const named = cands.filter((c) => c.coreTo > c.coreFrom);
  const isPlace = (c: Candidate) => c.type === 'location';
  const linked = (x: Candidate, y: Candidate) => linkBetween(tokens, x, y);
  const retype = (c: Candidate) => {
    c.type = 'location';
    c.weak = false;
    c.uncertain = false;
    c.rule = 'entity/listed-with-place';
  };
  const soft = (c: Candidate) => c.weak || c.uncertain || c.type === null;
  for (let i = 0; i + 1 < named.length; i++) {
    const x = named[i]!;
    const y = named[i + 1]!;
    const link = linked(x, y);
    if (!link) continue;
    // "Baton Rouge, Louisiana": a place before the larger place that contains it; not "Jan Roe, Panama
    // coach", where the place only qualifies the person's role
    const role = tokens[y.coreTo];
    const qualifies =
      link === 'apposition' &&
      role !== undefined &&
      !role.cap &&
      (lexicon.titles.has(role.lower) || entityWords.memberNouns.has(role.lower));
    if (isPlace(y) && soft(x) && x.titles.length === 0 && !qualifies) retype(x);
    else if (link === 'list' && isPlace(x) && soft(y) && y.titles.length === 0) retype(y);
  }
  for (let i = named.length - 2; i >= 0; i--) {
    const x = named[i]!;
    const y = named[i + 1]!;
    if (linked(x, y) === 'list' && isPlace(y) && soft(x) && x.titles.length === 0) retype(x);
  }
  listWithOrganizations(doc, named, linked);
}

/**
 * How two names are joined by the (at most three) words between them, "the" left out: "and", "or",
 * ", and", ", or" list them, "," sets one in apposition to the other. No array or string is made: this runs
 * for every pair of neighbouring names, several times.
 */
function linkBetween(tokens: readonly Token[], x: Candidate, y: Candidate): 'list' | 'apposition' | null {
  let k = x.coreTo;
  if (tokens[k]?.text === '.' && tokens[k]!.start === tokens[k - 1]!.end) k++;
  if (k > y.from || y.from - k > 3) return null;
  let first: string | undefined;
  let second: string | undefined;
  let n = 0;
  for (; k < y.from; k++) {
    const w = tokens[k]!.lower;
    if (w === 'the') continue;
    if (n === 0) first = w;
    else if (n === 1) second = w;
    n++;
  }
  const conjunction = (w: string | undefined) => w === 'and' || w === 'or';
  if (n === 1 && conjunction(first)) return 'list';
  if (n === 2 && first === ',' && conjunction(second)) return 'list';
  return n === 1 && first === ',' ? 'apposition' : null;
}

/**
 * "Ubisoft, Microsoft and Sony": a lone untyped word listed with an organization is one too; not a given
 * name or a word of a personal name of the article ("Microsoft and Ahmed").
 */
function listWithOrganizations(
  doc: Doc,
  named: readonly Candidate[],
  linked: (x: Candidate, y: Candidate) => 'list' | 'apposition' | null,
): void {
  const isOrg = (c: Candidate) => c.type === 'organization' && !c.weak && !c.uncertain;
  const personWords = new Set<string>();
  for (const c of named) if (c.type === 'person') for (const w of c.key.split(' ')) personWords.add(w);
  const open = (c: Candidate) =>
    c.type === null &&
    c.titles.length === 0 &&
    c.coreTo - c.coreFrom === 1 &&
    !isAcronym(c.core) &&
    !lexicon.givenNames.has(c.key) &&
    !personWords.has(c.key) &&
    !lexicon.english.has(c.key) &&
    !/^[#@]$/.test(doc.tokens[c.coreFrom - 1]?.text ?? '');
  // "A, B and C": a comma links names only when a conjunction follows the second
  const listed = (x: Candidate, y: Candidate) => {
    const link = linked(x, y);
    if (link !== 'apposition') return link === 'list';
    const after = doc.tokens[y.coreTo]?.text === ',' ? y.coreTo + 1 : y.coreTo;
    return /^(and|or)$/.test(doc.tokens[after]?.lower ?? '');
  };
  const retype = (c: Candidate) => {
    c.type = 'organization';
    c.uncertain = false;
    c.rule = 'entity/listed-with-organization';
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < named.length; i++) {
      const x = named[i]!;
      const y = named[i + 1]!;
      if (!listed(x, y)) continue;
      if (isOrg(y) && open(x)) retype(x);
      else if (isOrg(x) && open(y)) retype(y);
    }
  }
}

/**
 * "Sweden 1 – 0 Korea Republic", "Sweden defeated South Korea 1 – 0": a country written beside a match score
 * is its national team, an organization, everywhere in the article.
 */
function retypeNationalTeams(doc: Doc, cands: Candidate[]): void {
  const teams = new Set<string>();
  for (const c of cands) if (isNation(c) && besideScore(doc.tokens, c)) teams.add(c.iso ?? c.key);
  if (teams.size === 0) return;
  for (const c of cands) {
    if (!isNation(c) || !teams.has(c.iso ?? c.key)) continue;
    const name = c.canonical ?? c.core;
    c.type = 'organization';
    c.key = name.toLowerCase();
    c.iso = null;
    c.gaz = null;
    c.rule = 'entity/national-team';
  }
}

/** A country or place, which a team may be named after ("England", "Korea Republic"). */
function isNation(c: Candidate): boolean {
  return c.iso !== null || c.type === 'location';
}

function besideScore(tokens: readonly Token[], c: Candidate): boolean {
  const score = (k: number) =>
    /^\d{1,2}$/.test(tokens[k]?.text ?? '') &&
    /^[–-]$/.test(tokens[k + 1]?.text ?? '') &&
    /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '');
  // "lost 1 – 2 to England"
  const linked = /^(to|against|with|over|by)$/.test(tokens[c.from - 1]?.lower ?? '');
  return score(c.coreTo) || score(c.from - 3) || (linked && score(c.from - 4));
}

/**
 * "Acme Motors" and "Acme Motors Inc.": a name that is written elsewhere with a company suffix is that
 * company, with the same key.
 */
function unifyLegalNames(cands: Candidate[]): void {
  const full = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.type !== 'organization') continue;
    const words = c.key.split(' ');
    if (words.length < 2 || !lexicon.legalSuffixes.has(words[words.length - 1]!)) continue;
    const base = words.slice(0, -1).join(' ');
    if (!full.has(base)) full.set(base, c);
  }
  if (full.size === 0) return;
  for (const c of cands) {
    const model = full.get(c.key);
    if (!model || c.gaz || c.iso || c.titles.length > 0) continue;
    c.type = 'organization';
    c.key = model.key;
    c.weak = false;
    c.uncertain = false;
    c.rule = 'entity/company-name';
  }
}

/** Names in a Title Case headline: spans that the body (or a word list) knows, longest first. */
function namesInTitleCase(doc: Doc, from: number, to: number, body: readonly Candidate[]): Candidate[] {
  const { tokens } = doc;
  const known = new Map<string, Candidate>();
  for (const c of body)
    if (c.type !== null && c.coreTo > c.coreFrom && !known.has(c.key)) known.set(c.key, c);
  const out: Candidate[] = [];
  let i = from;
  while (i < to) {
    if (!tokens[i]!.cap) {
      i++;
      continue;
    }
    let found = 0;
    for (let n = Math.min(MAX_NAME_TOKENS, to - i); n >= 1 && !found; n--) {
      const text = spanText(tokens, i, i + n);
      const key = normalizeCore(text).toLowerCase();
      const model = known.get(key);
      const country = lexicon.country(key);
      const type: NameType | null =
        model?.type ??
        (country || lexicon.places.has(key) ? 'location' : (gazetteer.lookup(text)[0]?.type ?? null));
      if (!type || (n === 1 && !model && !country && lexicon.common.has(key))) continue;
      const c = makeCandidate(doc, i, i + n, i, i + n, {
        type,
        form: 'name',
        titles: [],
        uncertain: false,
        rule: 'entity/headline-known-name',
        gaz: model?.gaz ?? gazetteer.lookup(text)[0] ?? null,
        iso: model?.iso ?? country?.iso ?? null,
        canonical: model?.canonical ?? (country ? country.name : null),
      });
      if (model) c.key = model.key;
      out.push(c);
      found = n;
    }
    i += found || 1;
  }
  return out;
}

/** Position of a title inside a run that is followed by a personal name, or 0. */
function innerTitle(tokens: readonly Token[], a: number, to: number): number {
  for (let k = a + 1; k < to - 1; k++) {
    const tl = titleLength(tokens, k, to);
    if (tl === 0 || k + tl >= to) continue;
    if (!tokens[k - 1]!.cap && tokens[k - 1]!.text !== '.') return 0;
    const rest = k + tl;
    const end = tokens[to - 1]!.text === '.' ? to - 1 : to;
    if (end - rest < 1 || end - rest > 3 || !looksLikePersonName(tokens, rest, end)) return 0;
    const lastWord = tokens[end - 1]!.lower;
    if (lexicon.orgHeads.has(lastWord) || lexicon.locHeads.has(lastWord)) return 0;
    return k;
  }
  return 0;
}

function endsInOrgHead(tokens: readonly Token[], to: number): boolean {
  let b = to;
  while (b > 0 && tokens[b - 1]!.text === '.') b--;
  const last = tokens[b - 1];
  return last !== undefined && isOrgHeadOrSuffix(last);
}

/** "British Red Cross": a demonym before a known organization names that organization's national branch. */
function branchOf(tokens: readonly Token[], a: number, b: number): 'organization' | undefined {
  if (b - a < 2 || lexicon.demonym(tokens[a]!.lower) === undefined || lexicon.country(tokens[a]!.lower))
    return;
  const rest = normalizeCore(spanText(tokens, a + 1, b)).toLowerCase();
  return lexicon.actorType(rest) === 'organization' ? 'organization' : undefined;
}

function isCompoundDemonym(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || !lexicon.compass.has(tokens[from]!.lower)) return false;
  const whole = spanText(tokens, from, to).toLowerCase();
  if (lexicon.demonym(whole) && !lexicon.country(whole)) return true;
  const last = tokens[to - 1]!.lower;
  if (!lexicon.demonym(last) || lexicon.country(last)) return false;
  for (let k = from; k < to - 1; k++) if (!lexicon.compass.has(tokens[k]!.lower)) return false;
  return true;
}

/** "(SQM)" right after a name. */
function bracketedAcronym(tokens: readonly Token[], to: number): string | null {
  const open = tokens[to];
  const acr = tokens[to + 1];
  if (open?.text !== '(' || !acr || tokens[to + 2]?.text !== ')' || !isAcronym(acr.text)) return null;
  return acr.text.replace(/\./g, '');
}

interface CandidateOptions {
  type: NameType | null;
  form: MentionForm;
  titles: string[];
  uncertain: boolean;
  rule: EntityRuleId;
  gaz?: GazetteerEntry | null;
  iso?: string | null;
  canonical?: string | null;
}

function makeCandidate(
  doc: Doc,
  from: number,
  to: number,
  a: number,
  b: number,
  o: CandidateOptions,
): Candidate {
  const core = a < b ? spanText(doc.tokens, a, b) : '';
  return {
    from,
    to,
    coreFrom: a,
    coreTo: b,
    key: normalizeCore(core).toLowerCase(),
    core,
    type: o.type,
    form: o.form,
    gaz: o.gaz ?? null,
    iso: o.iso ?? null,
    titles: o.titles,
    uncertain: o.uncertain,
    canonical: o.canonical ?? null,
    rule: o.rule,
    weak: false,
    acronym: null,
  };
}

/** Number of tokens of a title at position a (0 when none): "Prime Minister", "Minister of Information". */
function titleLength(tokens: readonly Token[], a: number, to: number): number {
  if (!startsTitle(tokens[a]!)) return 0;
  for (let n = Math.min(3, to - a); n >= 1; n--) {
    const words: string[] = [];
    for (let k = a; k < a + n; k++) words.push(stripEx(tokens[k]!.lower));
    if (!lexicon.titles.has(words.join(' '))) continue;
    let len = n;
    // "Minister of Information", "Secretary of State"
    const of = tokens[a + len];
    const obj = tokens[a + len + 1];
    if (of?.lower === 'of' && obj && a + len + 1 < to && lexicon.titleOfObjects.has(obj.lower)) len += 2;
    // a title abbreviation's dot ("Gen.")
    if (tokens[a + len]?.text === '.' && tokens[a + len]!.start === tokens[a + len - 1]!.end) len++;
    return Math.min(len, to - a);
  }
  return 0;
}

/**
 * "founded by Dean Kamen": a title word that is also a given name, before one capitalized word that is not
 * a given name, opens a personal name.
 */
function isGivenNameBeforeSurname(tokens: readonly Token[], a: number, to: number): boolean {
  const w = tokens[a]!.lower;
  if (!lexicon.maleNames.has(w) && !lexicon.femaleNames.has(w)) return false;
  const end = tokens[to - 1]!.text === '.' ? to - 1 : to;
  return (
    end === a + 2 && !lexicon.givenNames.has(tokens[a + 1]!.lower) && looksLikePersonName(tokens, a + 1, end)
  );
}

/** "ex-minister": the title without "ex-". */
function stripEx(w: string): string {
  return w.startsWith('ex-') ? w.slice(3) : w;
}

/** A word of the common-word list that is also an English adjective written in names ("New", "Western"). */
function isCommonAdjectiveInName(t: Token): boolean {
  return lexicon.common.has(t.lower) && entityWords.nameAdjectives.has(t.lower);
}

function isGroupWord(t: Token): boolean {
  return (
    lexicon.adjectives.has(t.lower) || (lexicon.demonym(t.lower) !== undefined && !lexicon.country(t.lower))
  );
}

function isAllNonName(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isNonNameWord(tokens[k]!)) return false;
  return true;
}

/** Where a two- or three-word personal name starts after an organization or place name in one run, or 0. */
function personAfterName(tokens: readonly Token[], a: number, to: number): number {
  if (to - a < 3 || to - a > MAX_NAME_TOKENS) return 0;
  for (let k = Math.max(a + 1, to - 3); k <= to - 2; k++) {
    // a three-word name must open with a given name ("… Arlington Amneh Jafari" is two words)
    if (!isLikelyPersonName(tokens, k, to) || (to - k === 3 && !lexicon.givenNames.has(tokens[k]!.lower)))
      continue;
    const head = spanText(tokens, a, k);
    const last = tokens[k - 1]!.lower;
    const key = normalizeCore(head).toLowerCase();
    if (
      lexicon.orgHeads.has(last) ||
      hasOfHead(tokens, a, k) ||
      lexicon.country(key) !== undefined ||
      lexicon.places.has(key) ||
      (lexicon.actorType(key) ?? 'person') !== 'person' ||
      gazetteer.lookup(head).length > 0
    )
      return k;
  }
  return 0;
}

function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

function isDatelineLike(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !lexicon.weekdays.has(t.lower) && !lexicon.months.has(t.lower)) return false;
  }
  return true;
}

/** "Amnesty international" after "Amnesty International": extend a run by lower-case words that complete a known name. */
function extendByKnownNames(doc: Doc, cands: Candidate[]): void {
  const known = new Map<string, Candidate>();
  for (const c of cands) if (c.coreTo - c.coreFrom > 1 && !known.has(c.key)) known.set(c.key, c);
  for (const c of cands) {
    const next = doc.tokens[c.coreTo];
    if (next?.kind !== 'word' || next.cap) continue;
    const longer = `${c.key} ${next.lower}`;
    const model = known.get(longer);
    if (model) {
      c.type = model.type;
      c.gaz = model.gaz;
      c.rule = model.rule;
      c.coreTo++;
      c.to = c.coreTo;
      c.key = longer;
      c.core = spanText(doc.tokens, c.coreFrom, c.coreTo);
      c.uncertain = false;
    }
  }
  const typed = new Map<string, NameType>();
  for (const c of cands) if (c.type !== null && !typed.has(c.key)) typed.set(c.key, c.type);
  for (const c of cands) if (c.type === null) c.type = typed.get(c.key) ?? null;
}

/** The first typing rule that decides, or an untyped single word ('entity/name'). */
function typeName(f: NameFacts): { type: NameType | null; weak: boolean; rule: EntityRuleId } {
  for (const r of TYPE_RULES) {
    const d = r.decide(f);
    if (d) return { type: d.type, weak: d.weak ?? false, rule: r.id };
  }
  return { type: null, weak: false, rule: 'entity/name' };
}
