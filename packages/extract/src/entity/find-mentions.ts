import { defaultGazetteer, type GazetteerEntry } from '@newsfacts/gazetteer';
import type { MentionForm } from '../entity/types.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';

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
  rule: string;
}

const gazetteer = defaultGazetteer();
const LOCATIVE = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'into',
  'across',
  'outside',
  'inside',
  'via',
  'toward',
  'towards',
]);
const MAX_NAME_TOKENS = 8;

/** Finds name candidates in every sentence: capitalized runs, split into titles, demonyms and names. */
export function findCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    if (s.headline && isDatelineLike(tokens, s.from, s.to)) continue;
    const titleCase = s.headline && isTitleCase(tokens, s.from, s.to);
    let i = s.from;
    while (i < s.to) {
      const t = tokens[i]!;
      if (!t.cap || t.kind !== 'word') {
        i++;
        continue;
      }
      let j = extendRun(tokens, i, s.to);
      const sentenceStart = isSentenceStart(tokens, i, s.from);
      const made = analyzeRun(doc, i, j, sentenceStart || titleCase);
      for (const c of made) out.push(asMetonym(doc, c));
      const possessive = possessiveName(doc, i, j, s.to);
      if (possessive) {
        out.push(possessive);
        j = possessive.to;
      }
      i = j;
    }
  }
  extendByKnownNames(doc, out);
  findCapitals(doc, out);
  markBylines(doc, out);
  return out;
}

/** "Kenya's Supreme Court": a known name written as a possessive. */
function possessiveName(doc: Doc, i: number, j: number, end: number): Candidate | null {
  const { tokens } = doc;
  const apostrophe = tokens[j];
  const next = tokens[j + 1];
  if (!apostrophe || !next || !/^['’]s$/i.test(apostrophe.text) || !next.cap || j + 1 >= end) return null;
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
  if (!next || !lexicon.speechVerbs.has(next.lower) || LOCATIVE.has(prev?.lower ?? '')) return c;
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
    if (/^['’]s$/i.test(prev.text)) {
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
  while (j < end && j - i < MAX_NAME_TOKENS) {
    const u = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (u.start - prev.end > 2) break;
    if (u.cap && u.kind === 'word') {
      j++;
      continue;
    }
    const n1 = tokens[j + 1];
    if (u.lower === 'of' && lexicon.ofHeads.has(prev.lower) && n1 && j + 1 < end) {
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
    if (
      u.text === '.' &&
      u.start === prev.end &&
      n1?.cap &&
      (prev.text.length === 1 || lexicon.titles.has(prev.lower))
    ) {
      j++;
      continue;
    }
    break;
  }
  // Longer gazetteer names bridge lower-case words ("Trinidad and Tobago", "Jaish-e-Mohammed").
  const bridge = tokens[j];
  if (!bridge || !/^(and|of|&|e|i|ul|de|la|al|for|the)$/.test(bridge.lower)) return j;
  for (let k = Math.min(end, i + 6); k > j; k--) {
    if (gazetteer.lookup(spanText(tokens, i, k)).length > 0 && tokens[k - 1]!.cap) return k;
  }
  return j;
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
    if (tl > 0 && a + tl < to) {
      titles.push(
        spanText(tokens, a, a + tl)
          .toLowerCase()
          .replace(/^ex-/, ''),
      );
      a += tl;
      continue;
    }
    if (tl > 0 && a + tl === to) {
      titles.push(spanText(tokens, a, to).toLowerCase().replace(/^ex-/, ''));
      a = to;
      break;
    }
    if (lexicon.demonym(t.lower) && !lexicon.country(t.lower) && a + 1 < to) {
      a++;
      continue;
    }
    if (isNonNameWord(t) && a + 1 <= to) {
      // A leading common word ("The", "Under", "Such") is not part of the name.
      if (gazetteer.lookup(spanText(tokens, a, to)).length > 0) break;
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
  // Trailing dots of abbreviations are not part of a name core.
  let b = to;
  while (b > a && tokens[b - 1]!.text === '.') b--;
  if (b <= a) return [];
  const core = spanText(tokens, a, b);
  if (isAllNonName(tokens, a, b)) return [];
  const start = strippedCommon ? a : from;
  const titled = titles.length > 0;
  const gaz = gazetteer.lookup(core)[0] ?? null;
  const country = lexicon.country(core);
  const coreLen = b - a;
  const single = coreLen === 1;
  let type: NameType | null = null;
  let rule = 'entity/name';
  if (country) {
    type = 'location';
    rule = 'entity/lexicon:country';
  } else if (gaz) {
    type = gaz.type;
    rule = 'entity/gazetteer';
  } else if (lexicon.places.has(core.toLowerCase())) {
    type = 'location';
    rule = 'entity/lexicon:place';
  } else if (titled) {
    type = 'person';
    rule = 'entity/titled-name';
  } else {
    const last = tokens[b - 1]!.lower;
    if (lexicon.orgHeads.has(last) && !single) {
      type = 'organization';
      rule = 'entity/org-head';
    } else if (lexicon.locHeads.has(last) && !single) {
      type = 'location';
      rule = 'entity/location-head';
    } else if (hasOfHead(tokens, a, b)) {
      type = 'organization';
      rule = 'entity/of-name';
    } else if (!single) {
      type = looksLikePersonName(tokens, a, b) ? 'person' : null;
      rule = 'entity/person-name';
    } else if (isAcronym(tokens[a]!.text)) {
      type = 'organization';
      rule = 'entity/acronym';
    } else if (!sentenceStart && LOCATIVE.has(tokens[a - 1]?.lower ?? '')) {
      type = 'location';
      rule = 'entity/locative';
    }
  }
  if (type === null && !single) return [];
  const known = gaz !== null || country !== undefined || type === 'location';
  const uncertain = single && !known && !isAcronym(tokens[a]!.text);
  return [
    makeCandidate(doc, start, b, a, b, {
      type,
      form: titled ? 'title' : gaz && gaz.name !== normalizeCore(core) && !country ? 'alias' : 'name',
      titles,
      uncertain,
      rule,
      gaz,
      iso: country?.iso ?? null,
      canonical: country ? country.name : null,
    }),
  ];
}

interface CandidateOptions {
  type: NameType | null;
  form: MentionForm;
  titles: string[];
  uncertain: boolean;
  rule: string;
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
  };
}

/** Number of tokens of a title at position a (0 when none): "Prime Minister", "Minister of Information". */
function titleLength(tokens: readonly Token[], a: number, to: number): number {
  for (let n = Math.min(3, to - a); n >= 1; n--) {
    const words: string[] = [];
    for (let k = a; k < a + n; k++) words.push(tokens[k]!.lower.replace(/^ex-/, ''));
    if (!lexicon.titles.has(words.join(' '))) continue;
    let len = n;
    // "Minister of Information", "Secretary of State"
    const of = tokens[a + len];
    const obj = tokens[a + len + 1];
    if (of?.lower === 'of' && obj && a + len + 1 < to && lexicon.titleOfObjects.has(obj.lower)) len += 2;
    // a title abbreviation's dot ("Gen.")
    if (tokens[a + len]?.text === '.' && tokens[a + len]!.start === tokens[a + len - 1]!.end) len++;
    return len;
  }
  return 0;
}

function isNonNameWord(t: Token): boolean {
  const w = t.lower;
  return (
    lexicon.common.has(w) ||
    lexicon.adjectives.has(w) ||
    lexicon.months.has(w) ||
    lexicon.weekdays.has(w) ||
    /^(anti|pro|non|post|pre|mid)-/.test(w) ||
    (lexicon.demonym(w) !== undefined && !lexicon.country(w))
  );
}

function isAllNonName(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isNonNameWord(tokens[k]!)) return false;
  return true;
}

function hasOfHead(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) if (tokens[k]!.lower === 'of') return true;
  return false;
}

function looksLikePersonName(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (lexicon.particles.has(t.lower) && t.text === t.lower) continue;
    if (isAcronym(t.text) || isNonNameWord(t) || lexicon.months.has(t.lower)) return false;
  }
  return true;
}

export function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z&.]{1,6}$/.test(s) && /[A-Z].*[A-Z]/.test(s);
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

export function spanText(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k > from && t.start > tokens[k - 1]!.end) s += ' ';
    s += t.text;
  }
  return s;
}

export function normalizeCore(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the /i, '')
    .trim();
}
