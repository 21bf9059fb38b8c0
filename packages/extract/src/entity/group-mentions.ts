import { normalizeCore } from '@newsfacts/evidence';
import type { GazetteerEntry } from '@newsfacts/gazetteer';
import { entityWords, lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { Candidate, NameType } from './candidates/candidate.js';
import { isAcronym, isGenerationSuffix, isUpperCase, spanText } from './name-shape.js';
import type { EntityRuleId } from './rules/entity-rules.js';
import type { MentionForm } from './types.js';

/** One mention kept for an entity: a token range and how it names the entity. */
export interface MentionSpan {
  from: number;
  to: number;
  /** Where the name proper starts (after titles). */
  coreFrom: number;
  form: MentionForm;
  rule: EntityRuleId;
  confidence: number;
  /** Typed only by the name's shape or one word (a default, not evidence): see Candidate.weak. */
  weak: boolean;
  cluster: Cluster;
}

/** The mentions of one entity within the article. */
export interface Cluster {
  type: NameType;
  mentions: MentionSpan[];
  /** Lower-case words of multi-word personal names. */
  words: Set<string>;
  keys: Set<string>;
  gaz: GazetteerEntry | null;
  iso: string | null;
  titles: Set<string>;
  canonical: string | null;
  /** Longest full name seen. */
  fullName: string | null;
  /** Token positions of full-name mentions, ascending. */
  anchors: number[];
  /** Grammatical gender when a title or a given name tells it ('he'/'she' resolution). */
  gender: 'f' | 'm' | null;
}

const CONFIDENCE: Record<MentionForm, number> = {
  name: 0.9,
  alias: 0.85,
  title: 0.85,
  surname: 0.8,
  possessive: 0.8,
  abbreviation: 0.8,
  metonym: 0.6,
  description: 0.6,
  byline: 0.9,
};

/** Groups candidates into entities: full names first, then surnames, abbreviations and title references. */
export function groupMentions(doc: Doc, cands: readonly Candidate[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byGaz = new Map<GazetteerEntry, Cluster>();
  const byKey = new Map<string, Cluster>();
  const byIso = new Map<string, Cluster>();
  const persons: Cluster[] = [];
  const add = (cl: Cluster, c: Candidate, form: MentionForm, from = c.from, to = c.coreTo) => {
    const coreFrom = Math.min(Math.max(c.coreFrom, from), to);
    cl.mentions.push({
      from,
      to,
      coreFrom,
      form,
      rule: c.rule,
      confidence: CONFIDENCE[form],
      weak: c.weak,
      cluster: cl,
    });
    if (form === 'name' || form === 'title') cl.anchors.push(from);
    for (const t of c.titles) cl.titles.add(t);
    cl.keys.add(c.key);
  };
  const create = (c: Candidate, type: NameType): Cluster => {
    const cl: Cluster = {
      type,
      mentions: [],
      words: new Set(),
      keys: new Set(),
      gaz: c.gaz,
      iso: c.iso,
      titles: new Set(),
      canonical: c.canonical,
      fullName: null,
      anchors: [],
      gender: null,
    };
    clusters.push(cl);
    if (c.gaz) byGaz.set(c.gaz, cl);
    if (c.iso) byIso.set(c.iso, cl);
    byKey.set(`${type}:${c.key}`, cl);
    if (type === 'person') persons.push(cl);
    return cl;
  };
  const known = (c: Candidate, type: NameType): Cluster | undefined =>
    (c.gaz ? byGaz.get(c.gaz) : undefined) ??
    (c.iso ? byIso.get(c.iso) : undefined) ??
    byKey.get(`${type}:${c.key}`);
  /** The organization, else the place, of the candidate's key that the article named so far. */
  const namedAs = (c: Candidate): Cluster | undefined =>
    byKey.get(`organization:${c.key}`) ?? byKey.get(`location:${c.key}`);

  // 1. Multi-word names and typed single names that are not personal names.
  const later: Candidate[] = [];
  const acronyms = new Map<string, Cluster>();
  const ofHeads = new Map<string, Cluster>();
  const personIndex = new Map<string, Cluster[]>();
  const surnames = new Set<string>();
  // "Harlow said" after "Harlow Freight Holdings Inc.": a town's name opening a company's legal name is the company
  const companyFirst = new Set<string>();
  for (const c of cands) {
    if (c.type === 'organization' && c.coreTo - c.coreFrom > 1 && isLegalName(doc, c))
      companyFirst.add(doc.tokens[c.coreFrom]!.lower);
  }
  for (const c of cands) {
    if (c.type === 'person' && c.coreTo - c.coreFrom > 1) {
      // "Darnell Jackson Jr": the surname is before the generational suffix
      const last = doc.tokens[c.coreTo - 1]!;
      surnames.add(isGenerationSuffix(last) ? doc.tokens[c.coreTo - 2]!.lower : last.lower);
    }
  }
  for (const c of cands) {
    const len = c.coreTo - c.coreFrom;
    if (c.form === 'title' && len === 0) continue;
    if (
      c.type === null ||
      (len === 1 &&
        (c.type === 'person' ||
          c.rule === 'entity/locative' ||
          c.rule === 'entity/acronym' ||
          // "Ames said" after "Ruth Ames": a town's name that is a person's surname in the article
          (c.rule === 'entity/lexicon:place' && surnames.has(c.key)) ||
          // "Santiago told the committee" after "Victor Santiago": not the capital standing for its country
          (c.form === 'metonym' && surnames.has(c.core.toLowerCase())) ||
          (c.type === 'location' && !c.iso && companyFirst.has(c.key) && !afterLocative(doc, c)) ||
          // "EU leaders …" in a headline before "European Union": an abbreviation waits for the full names
          (c.type === 'organization' && isAcronym(c.core)) ||
          c.uncertain))
    ) {
      later.push(c);
      continue;
    }
    if (c.type === 'person') {
      const words = personWords(doc, c);
      // "Von der Leyen" after "Ursula von der Leyen": a surname with its particles
      // ("Judge Reyes" after "U.S. District Judge Carolyn M. Reyes": a titled surname of the one person so named)
      const owners =
        words.length === 1 && (c.titles.length === 0 || personIndex.get(words[0]!)?.length === 1)
          ? personIndex.get(words[0]!)
          : undefined;
      if (owners && owners.length > 0) {
        add(nearest(owners, c.from), c, 'surname');
        continue;
      }
      let cl = known(c, 'person') ?? findByWords(personIndex, words);
      if (!cl) cl = create(c, 'person');
      for (const w of words) {
        cl.words.add(w);
        const list = personIndex.get(w) ?? [];
        if (!list.includes(cl)) list.push(cl);
        personIndex.set(w, list);
      }
      if (!c.gaz || cl.gaz === null) cl.gaz ??= c.gaz;
      if (c.gaz) byGaz.set(c.gaz, cl);
      const full = normalizeCore(c.core);
      if (!cl.fullName || full.length > cl.fullName.length) cl.fullName = full;
      add(cl, c, c.form === 'title' || c.form === 'byline' ? c.form : 'name');
      continue;
    }
    // "(SQM)" after a name: the bracketed abbreviation and its later uses name that organization
    const expanded = len === 1 && isAcronym(c.core) ? acronyms.get(c.core.replace(/\./g, '')) : undefined;
    if (expanded) {
      add(expanded, c, 'abbreviation');
      continue;
    }
    // "the High Court" after "High Court of Kenya": the head of an "X of Y" name
    const head = c.type === 'organization' ? ofHeads.get(c.key) : undefined;
    const cl = known(c, c.type) ?? head ?? create(c, c.type);
    add(cl, c, c.form === 'title' ? 'name' : c.form);
    if (c.acronym && !acronyms.has(c.acronym)) acronyms.set(c.acronym, cl);
    const ofAt = c.key.indexOf(' of ');
    if (c.type === 'organization' && ofAt > 0 && !ofHeads.has(c.key.slice(0, ofAt)))
      ofHeads.set(c.key.slice(0, ofAt), cl);
    // "the Supreme Court" after "Italian Supreme Court of Cassation": the head without its demonym too
    const firstSpace = c.key.indexOf(' ');
    if (c.type === 'organization' && ofAt > firstSpace && firstSpace > 0) {
      const bareHead = c.key.slice(firstSpace + 1, ofAt);
      if (lexicon.demonym(c.key.slice(0, firstSpace)) && !ofHeads.has(bareHead)) ofHeads.set(bareHead, cl);
    }
    if (c.gaz && c.type === 'organization') {
      const name = c.gaz.name.toLowerCase();
      const gazOf = name.indexOf(' of ');
      if (gazOf > 0 && !ofHeads.has(name.slice(0, gazOf))) ofHeads.set(name.slice(0, gazOf), cl);
    }
  }

  // 2. Single words: a part of a personal name, an abbreviation, or a known place.
  const orgByInitials = new Map<string, Cluster>();
  for (const o of clusters) if (o.type === 'organization') orgByInitials.set(initials(o), o);
  // "TSB" for the "Transportation Safety Board of Canada": the initials of the name before its "of"
  for (const o of clusters) {
    const short = o.type === 'organization' ? initialsBeforeOf(o) : '';
    if (short.length > 1 && !orgByInitials.has(short)) orgByInitials.set(short, o);
  }
  for (const [acr, o] of acronyms) orgByInitials.set(acr, o);
  const shortForms = shortFormsOf(clusters);
  // An unexplained abbreviation used once ("HTML", "GMT") is more often a term than an organization.
  const uses = new Map<string, number>();
  for (const c of later) uses.set(c.key, (uses.get(c.key) ?? 0) + 1);
  for (const c of later) {
    const len = c.coreTo - c.coreFrom;
    if (len === 0) continue;
    // ("the IHF" after "International Handball Federation (IHF)" and "the IHF Council": the bracketed
    // abbreviation names its organization before any short form does)
    const defined = len === 1 && isAcronym(c.core) ? acronyms.get(c.core.replace(/\./g, '')) : undefined;
    if (defined && defined.mentions[0]!.from < c.from) {
      add(defined, c, 'abbreviation');
      continue;
    }
    // "the Bureau" after "Bureau of Meteorology", "the Atacama" after "the Atacama Desert", "Acme" after "Acme Corp."
    const short =
      len === 1 && c.titles.length === 0 && ((!c.gaz && !c.iso) || companyFirst.has(c.key))
        ? shortForms.get(c.key)
        : undefined;
    // (only after the full name, or in the headline: "the Amazon rainforest" before the "Amazon Fund" is not it)
    const fullFrom = short?.anchors[0] ?? short?.mentions[0]?.from ?? Number.POSITIVE_INFINITY;
    if (short && (fullFrom < c.from || doc.sentences[doc.sentenceOf[c.from]!]!.headline)) {
      add(short, c, 'alias');
      continue;
    }
    const owners =
      len === 1 ? personIndex.get(c.form === 'metonym' ? c.core.toLowerCase() : c.key) : undefined;
    if (owners && owners.length > 0) {
      const cl = nearest(owners, c.from);
      add(cl, c, c.titles.length > 0 ? 'title' : 'surname');
      continue;
    }
    // "Recent reports": a lone capitalized common word that no name of the article explains
    // "Apple said" after "shares in Apple": unless the article names it so where its words type it
    // ("Parliament", "the Cabinet" mid-sentence: an institution named by its head word is a name)
    if (
      len === 1 &&
      c.titles.length === 0 &&
      isCommonWord(c) &&
      !doc.bracketed.has(c.core) &&
      !namedAs(c) &&
      !isInstitutionWord(c)
    )
      continue;
    if (c.gaz || c.iso) {
      const type = c.type ?? c.gaz?.type ?? 'location';
      add(known(c, type) ?? create(c, type), c, c.form);
      continue;
    }
    if (isAcronym(c.core)) {
      const org = orgByInitials.get(c.core.replace(/\./g, ''));
      if (org) add(org, c, 'abbreviation');
      // ("the consumer organisation BEUC": a kind noun before it says what it is, even used once)
      else if (
        uses.get(c.key)! > 1 ||
        c.gaz ||
        lexicon.actorType(c.key) ||
        c.rule === 'entity/kind-noun' ||
        c.rule === 'entity/listed-with-organization' ||
        // ("Laurent Nunez told BFMTV": the outlet a person speaks to)
        lexicon.toldVerbs.has(doc.tokens[c.from - 1]?.lower ?? '')
      )
        add(known(c, 'organization') ?? create(c, 'organization'), c, 'name');
      continue;
    }
    if (c.type !== null && !c.uncertain) {
      add(known(c, c.type) ?? create(c, c.type), c, c.form);
      continue;
    }
    if (c.type === 'location' || c.titles.length > 0 || isFollowedBySpeech(doc, c.coreTo)) {
      const type = c.type ?? 'person';
      add(known(c, type) ?? create(c, type), c, c.titles.length > 0 ? 'title' : 'name');
      continue;
    }
    // (no branch above added a cluster when it reached this: namedAs finds what the test above found)
    const named = namedAs(c);
    if (named) add(named, c, 'name');
    else if (c.type === 'organization' && c.rule === 'entity/org-head')
      add(create(c, 'organization'), c, 'name');
  }

  // 3. Title references ("the Chief Justice") go to the last person who carried that title.
  const holders = new Map<string, { at: number; cl: Cluster }[]>();
  for (const p of persons) {
    for (const m of p.mentions) {
      if (m.form !== 'title') continue;
      // Push, never copy: an article may repeat one titled name thousands of times.
      const file = (title: string) => {
        const list = holders.get(title) ?? [];
        list.push({ at: m.from, cl: p });
        holders.set(title, list);
      };
      for (const t of p.titles) {
        file(t);
        // "Energy Minister X" … "the minister": a title's head word refers to its holder too ("Minister of
        // Labour X" … "the minister": the word before the portfolio's "of" or "for")
        const portfolio = t.search(PORTFOLIO_OF);
        const base = portfolio > 0 ? t.slice(0, portfolio) : t;
        const head = base.slice(base.lastIndexOf(' ') + 1);
        if (base !== t && base !== head) file(base);
        if (head !== t) file(head);
        // "Justice X" … "the judge", "Sen. X" … "the senator"
        for (const role of lexicon.titleRoles.get(t.replace(/\.$/, '')) ?? []) file(role);
      }
    }
  }
  for (const list of holders.values()) list.sort((x, y) => x.at - y.at);
  for (const c of cands) {
    if (!(c.form === 'title' && c.coreTo === c.coreFrom)) continue;
    const holder = lastBefore(c.titles, holders, c.from);
    if (holder) add(holder, c, 'title', c.from, c.to);
  }
  for (const cl of clusters) {
    cl.mentions.sort((x, y) => x.from - y.from);
    if (cl.type === 'person') cl.gender = genderOf(cl);
  }
  return clusters.filter((cl) => cl.mentions.length > 0);
}

function genderOf(cl: Cluster): 'f' | 'm' | null {
  for (const t of cl.titles) {
    const w = t.replace(/\.$/, '');
    if (entityWords.femaleTitles.has(w)) return 'f';
    if (entityWords.maleTitles.has(w)) return 'm';
  }
  const given = cl.fullName?.split(' ')[0]?.toLowerCase();
  if (!given || cl.fullName!.split(' ').length < 2) return null;
  if (lexicon.femaleNames.has(given)) return 'f';
  if (lexicon.maleNames.has(given)) return 'm';
  return null;
}

/** The portfolio part of a title ("minister of labour", "secretary for health"). */
const PORTFOLIO_OF = / (of|for) /;

/** Single words that name an already-found organization or place by part of its name. */
function shortFormsOf(clusters: readonly Cluster[]): Map<string, Cluster> {
  const out = new Map<string, Cluster>();
  const put = (w: string, cl: Cluster) => {
    if (!out.has(w)) out.set(w, cl);
  };
  for (const cl of clusters) {
    if (cl.type === 'person') continue;
    for (const key of cl.keys) {
      const words = key.split(' ');
      if (words.length < 2) continue;
      const head = words[0]!;
      const last = words[words.length - 1]!;
      if (cl.type === 'organization') {
        // "Bank of England" → "Bank"; "Acme Energy Ltd" → "Acme"
        if (words[1] === 'of' && lexicon.orgHeads.has(head)) put(head, cl);
        // "Church of Scientology" → "Scientology", but a place stays a place ("University of Paris")
        if (
          words.length === 3 &&
          words[1] === 'of' &&
          lexicon.orgHeads.has(head) &&
          !lexicon.places.has(last) &&
          !lexicon.country(last)
        )
          put(last, cl);
        // ("Toyota Motor Corp." → "Toyota": a legal name's first word)
        if (
          words.slice(1).every((w) => lexicon.orgHeads.has(w) || lexicon.legalSuffixes.has(w)) ||
          lexicon.legalSuffixes.has(last)
        )
          put(head, cl);
      } else if (lexicon.locHeads.has(last) && words.length === 2) {
        // "Atacama Desert" → "Atacama"
        put(head, cl);
      }
    }
  }
  return out;
}

/** A name ending in a company's legal suffix ("Inc.", "Ltd", "Corp."). */
function isLegalName(doc: Doc, c: Candidate): boolean {
  const last = doc.tokens[c.coreTo - 1]!;
  return lexicon.legalSuffixes.has(last.text === '.' ? doc.tokens[c.coreTo - 2]!.lower : last.lower);
}

/** "in Harlow", "from Toyota City": a place preposition before the name. */
function afterLocative(doc: Doc, c: Candidate): boolean {
  return entityWords.locativePrepositions.has(doc.tokens[c.from - 1]?.lower ?? '');
}

function personWords(doc: Doc, c: Candidate): string[] {
  const out: string[] = [];
  for (let k = c.coreFrom; k < c.coreTo; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'word' && !lexicon.particles.has(t.lower)) out.push(t.lower);
  }
  return out;
}

/** Same person: one name's words contain the other's (two words at least). */
function sameName(words: Set<string>, other: readonly string[]): boolean {
  // "Mohamed El-Hassan Mohamed" repeats a word: count distinct words, or it would contain "Ahmed Mohamed"
  const distinct = new Set(other);
  if (words.size < 2 || distinct.size < 2) return false;
  let inOther = 0;
  for (const w of distinct) if (words.has(w)) inOther++;
  return inOther === distinct.size || inOther === words.size;
}

function findByWords(index: Map<string, Cluster[]>, words: readonly string[]): Cluster | undefined {
  for (const w of words) {
    for (const cl of index.get(w) ?? []) if (sameName(cl.words, words)) return cl;
  }
  return undefined;
}

/** The owner whose closest full-name mention is nearest before the position (after counts as farther). */
function nearest(owners: readonly Cluster[], at: number): Cluster {
  let best = owners[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of owners) {
    const k = lastIndexBefore(o.anchors, at);
    const before = k >= 0 ? at - o.anchors[k]! : Number.POSITIVE_INFINITY;
    const afterPos = o.anchors[k + 1];
    const after = afterPos !== undefined ? (afterPos - at) * 4 : Number.POSITIVE_INFINITY;
    const d = Math.min(before, after);
    if (d < bestDistance) {
      bestDistance = d;
      best = o;
    }
  }
  return best;
}

function lastBefore(
  titles: readonly string[],
  holders: Map<string, { at: number; cl: Cluster }[]>,
  at: number,
): Cluster | undefined {
  let best: { at: number; cl: Cluster } | undefined;
  for (const t of titles) {
    const list = holders.get(t);
    if (!list) continue;
    const k = lastIndexBefore(
      list.map((x) => x.at),
      at,
    );
    const h = list[k];
    if (h && (!best || h.at > best.at)) best = h;
  }
  return best?.cl;
}

/** Index of the last element < at in an ascending array, or -1. */
function lastIndexBefore(xs: readonly number[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function initials(cl: Cluster): string {
  return initialsOfName(cl.fullName ?? [...cl.keys][0] ?? '');
}

function initialsBeforeOf(cl: Cluster): string {
  const name = cl.fullName ?? [...cl.keys][0] ?? '';
  const of = name.indexOf(' of ');
  return of > 0 ? initialsOfName(name.slice(0, of)) : '';
}

function initialsOfName(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !/^(of|the|and|for|&)$/i.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

function isInstitutionWord(c: Candidate): boolean {
  const key = c.key.toLowerCase();
  return (
    c.type === 'organization' &&
    (entityWords.standaloneInstitutions.has(key) || entityWords.partyNames.has(key))
  );
}

function isCommonWord(c: Candidate): boolean {
  // ("Protesters said …": a generic agent noun is a common word the English list may lack)
  return (
    !c.gaz &&
    !c.iso &&
    (lexicon.english.has(c.key) || lexicon.agentWords.has(c.key)) &&
    lexicon.actorType(c.key) === undefined
  );
}

function isFollowedBySpeech(doc: Doc, at: number): boolean {
  const t = doc.tokens[at];
  return t !== undefined && lexicon.speechVerbs.has(t.lower);
}

/** The entity's name: a country's common name, else the fullest name written, else the gazetteer name. */
export function clusterName(doc: Doc, cl: Cluster): string {
  if (cl.canonical && cl.iso) return countryName(doc, cl, cl.canonical);
  let best: string | null = null;
  let bestWords = 0;
  for (const m of cl.mentions) {
    if (m.form !== 'name' && m.form !== 'title' && m.form !== 'byline') continue;
    const core = coreOf(doc, m);
    // a dateline in capitals ("NAIROBI") loses to the same name in normal case
    const words = wordCount(core) - (core.length > 4 && isUpperCase(core) ? 0.5 : 0);
    if (core && words > bestWords) {
      best = core;
      bestWords = words;
    }
  }
  if (cl.type === 'person' && cl.fullName && cl.fullName.split(' ').length >= bestWords) best = cl.fullName;
  return best ?? cl.canonical ?? cl.gaz?.name ?? coreOf(doc, cl.mentions[0]!);
}

/**
 * A country is named as the gazetteer names it unless the article never writes that name and calls it by
 * another full name ("Turkey" for Türkiye, "Czech Republic" for Czechia): then the article's own name,
 * which its readers and the gold search for. Abbreviations ("US", "DRC") still give the gazetteer's name.
 */
function countryName(doc: Doc, cl: Cluster, canonical: string): string {
  let own: string | null = null;
  const key = canonical.toLowerCase();
  for (const m of cl.mentions) {
    if (m.form !== 'name') continue;
    const core = coreOf(doc, m);
    if (core.toLowerCase() === key) return canonical;
    if (core.length > 3 && !isUpperCase(core) && (own === null || core.length > own.length)) own = core;
  }
  return own ?? canonical;
}

/** `s.split(' ').length`, without the array (clusterName runs for every mention, several times). */
function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

function coreOf(doc: Doc, m: MentionSpan): string {
  return normalizeCore(spanText(doc.tokens, m.coreFrom, m.to));
}
