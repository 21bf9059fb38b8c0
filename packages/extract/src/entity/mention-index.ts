import { entityWords, lexicon, participantWords } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import type { Cluster, MentionSpan } from './grouping/types.js';
import { isDatelineCredit } from './name-shape.js';

const AFFILIATION = entityWords.affiliationPrepositions;

/**
 * "the union", "the company", "the central bank": the word at k is a lower-case noun standing for an
 * organization, after "the" and at most one lower-case word (data/event-participants.json#organization_anaphors).
 */
export function isOrganizationAnaphor(
  tokens: readonly { lower: string; cap: boolean; kind: string }[],
  k: number,
): boolean {
  const t = tokens[k];
  if (t === undefined || t.cap || !participantWords.organizationAnaphors.has(t.lower)) return false;
  // ("does not have the authority to declare …", "the body of the victim": a noun with its complement)
  const after = tokens[k + 1]?.lower;
  if (after === 'to' || after === 'of') return false;
  const before = tokens[k - 1];
  if (before?.lower === 'the') return true;
  // (not "the two church leaders": a count or a quantifier makes the noun a modifier of a group)
  return (
    before?.kind === 'word' && !before.cap && !QUANTIFIERS.has(before.lower) && tokens[k - 2]?.lower === 'the'
  );
}

const QUANTIFIERS = entityWords.quantifiers;
/** Words after a name's head inside it ("Ministry of Labour", "Centre for …"). */
const HEAD_ENDS = new Set(['of', 'for', 'on']);

const PRONOUN_PERSON = entityWords.personPronouns;
const FEMALE = entityWords.femalePronouns;
const MALE = entityWords.malePronouns;
const MAX_LOOKBACK = 12;

/** Finds entity mentions by token position in O(1) and the last person before a position in O(log n). */
export class MentionIndex {
  private readonly at: Int32Array;
  private readonly personStarts: number[] = [];
  private readonly personMentions: MentionSpan[] = [];
  /** The country the article names most, found at the first ask (null: none). */
  private home: Cluster | null | undefined;

  constructor(
    doc: Doc,
    readonly mentions: readonly MentionSpan[],
  ) {
    this.at = new Int32Array(doc.tokens.length).fill(-1);
    mentions.forEach((m, i) => {
      for (let k = m.from; k < m.to; k++) if (this.at[k] === -1) this.at[k] = i;
      if (m.cluster.type === 'person') {
        this.personStarts.push(m.from);
        this.personMentions.push(m);
      }
    });
  }

  /** The mention covering a token. */
  covering(k: number): MentionSpan | undefined {
    const i = this.at[k];
    return i === undefined || i < 0 ? undefined : this.mentions[i];
  }

  /** The mention that ends exactly at token k (exclusive end). */
  endingAt(k: number): MentionSpan | undefined {
    const m = this.covering(k - 1);
    return m && m.to === k ? m : undefined;
  }

  /** Mentions inside [from, to), in order. */
  inRange(from: number, to: number): MentionSpan[] {
    const out: MentionSpan[] = [];
    let last: MentionSpan | undefined;
    for (let k = Math.max(0, from); k < to; k++) {
      const m = this.covering(k);
      if (m && m !== last && m.from >= from) {
        out.push(m);
        last = m;
      }
    }
    return out;
  }

  /**
   * The last person mentioned before token k; with a pronoun, the last one whose known gender does not
   * contradict it ("she" skips a man named since), looking back a bounded number of mentions.
   */
  lastPersonBefore(k: number, pronoun?: string): MentionSpan | undefined {
    let lo = 0;
    let hi = this.personStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.personStarts[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    const nearest = this.personMentions[lo - 1];
    const wanted = pronoun === undefined ? null : FEMALE.has(pronoun) ? 'f' : MALE.has(pronoun) ? 'm' : null;
    if (!wanted) return nearest;
    for (let i = lo - 1; i >= 0 && lo - i <= MAX_LOOKBACK; i--) {
      const m = this.personMentions[i]!;
      if (m.cluster.gender === null || m.cluster.gender === wanted) return m;
    }
    return nearest;
  }

  /** The last organization mention that ends by token k, starts at or after `from` and passes `keep`. */
  private lastOrganizationBefore(
    k: number,
    from: number,
    keep: (m: MentionSpan) => boolean,
  ): MentionSpan | undefined {
    let found: MentionSpan | undefined;
    for (const m of this.mentions)
      if (
        m.cluster.type === 'organization' &&
        m.from >= from &&
        m.to <= k &&
        (!found || m.from > found.from) &&
        keep(m)
      )
        found = m;
    return found;
  }

  /**
   * The organization "the union", "the bank" at token k refers to: the last organization whose name holds
   * the word, else the last organization named since `lookbackFrom` (for "the company", "the firm": the last
   * one whose name does not end in a public body's head, "Court", "Ministry").
   */
  referredOrganization(
    k: number,
    word: string,
    tokens: readonly { lower: string; cap: boolean }[],
    lookbackFrom: number,
    other?: ReadonlySet<Cluster>,
  ): MentionSpan | undefined {
    // (`other`: bodies that cannot be meant, "accused the union of …" is not its own accuser)
    const named = this.lastOrganizationNamed(k, word, tokens, other);
    if (named) return named;
    // ("The central bank kept its rate … 'the bank said'": the body the text named in lower case, no name)
    if (namedInLowerCase(tokens, word, lookbackFrom, k)) return undefined;
    // (not the one spoken to: "told RÚV", "told the Daily Mirror" name an outlet addressed, not the speaker)
    if (!participantWords.companyAnaphors.has(word))
      return this.lastOrganizationBefore(
        k,
        lookbackFrom,
        (m) => !isAddressee(tokens, m.from) && !other?.has(m.cluster),
      );
    // "the company said" after a company and a court: the last organization not named as a public body, nor
    // as somebody's employer ("analysts at Nedbank")
    return this.lastOrganizationBefore(
      k,
      lookbackFrom,
      (m) =>
        !namesPublicBody(m, tokens) &&
        !AFFILIATION.has(tokens[m.from - 1]?.lower ?? '') &&
        !other?.has(m.cluster),
    );
  }

  /**
   * The country the article is about: the country mentioned most often (the first named of those tied), none
   * when the article names no country.
   */
  homeCountry(): Cluster | undefined {
    if (this.home === undefined) this.home = mostNamedCountry(this.mentions) ?? null;
    return this.home ?? undefined;
  }

  /** The last `n` distinct persons mentioned before token k, nearest first (none when fewer were named). */
  lastPersonsBefore(k: number, n: number): Cluster[] {
    return this.lastClustersBefore(k, n, (cl) => cl.type === 'person');
  }

  /** The last `n` distinct countries mentioned before token k, nearest first (none when fewer were named). */
  lastCountriesBefore(k: number, n: number): Cluster[] {
    return this.lastClustersBefore(k, n, (cl) => cl.type === 'location' && cl.iso !== null);
  }

  private lastClustersBefore(k: number, n: number, keep: (cl: Cluster) => boolean): Cluster[] {
    const out: Cluster[] = [];
    for (let i = this.mentions.length - 1; i >= 0 && out.length < n; i--) {
      const m = this.mentions[i]!;
      if (m.to > k || !keep(m.cluster) || out.includes(m.cluster)) continue;
      out.push(m.cluster);
    }
    return out.length === n ? out : [];
  }

  /**
   * The last organization mention ending by token k whose words include `word` (lower case), or that the word
   * follows ("the CNL party").
   */
  private lastOrganizationNamed(
    k: number,
    word: string,
    tokens: readonly { lower: string }[],
    other?: ReadonlySet<Cluster>,
  ): MentionSpan | undefined {
    let found: MentionSpan | undefined;
    for (const m of this.mentions) {
      if (m.cluster.type !== 'organization' || m.to > k || (found && m.from <= found.from)) continue;
      if (other?.has(m.cluster)) continue;
      // ("the party said" after "The opposition CNL party accused …": the word written right after the name
      // describes it)
      if (tokens[m.to]?.lower === word) {
        found = m;
        continue;
      }
      // ("the airline" is not the "Taoyuan Airline Pilots Union": the word heads the name, at its end, before
      // its "of", or first)
      for (let j = m.from; j < m.to; j++)
        if (
          tokens[j]!.lower === word &&
          (j === m.to - 1 || j === m.from || HEAD_ENDS.has(tokens[j + 1]!.lower))
        ) {
          found = m;
          break;
        }
    }
    return found;
  }

  static isPersonPronoun(word: string): boolean {
    return PRONOUN_PERSON.has(word);
  }
}

/** "The central bank …", "The bank …": the noun at j heads "the" (and one word) at a sentence's start. */
function opensSentence(tokens: readonly { lower: string }[], j: number): boolean {
  const the = tokens[j - 1]?.lower === 'the' ? j - 1 : tokens[j - 2]?.lower === 'the' ? j - 2 : -1;
  return the >= 0 && (the === 0 || SENTENCE_ENDS.has(tokens[the - 1]!.lower));
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '"', '”']);

/** "told RÚV", "told the Daily Mirror": the organization at `from` is the one spoken to. */
function isAddressee(tokens: readonly { lower: string }[], from: number): boolean {
  const before = tokens[from - 1]?.lower;
  return before === 'told' || (before === 'the' && tokens[from - 2]?.lower === 'told');
}

/**
 * Whether the word stands in [from, to) in lower case, before no name, as the head of a sentence's opening
 * subject ("The central bank kept …" before "the bank said"; not "energy company Pivdenenergo", a kind noun
 * before the name, nor "suspended the national body", another body spoken of).
 */
function namedInLowerCase(
  tokens: readonly { lower: string; cap: boolean }[],
  word: string,
  from: number,
  to: number,
): boolean {
  for (let j = Math.max(0, from); j < to; j++)
    if (
      tokens[j]!.lower === word &&
      !tokens[j]!.cap &&
      tokens[j + 1]?.cap !== true &&
      opensSentence(tokens, j)
    )
      return true;
  return false;
}

/** "Changwon District Court", "Commission for Conciliation, Mediation and Arbitration": a public body's head in the name. */
function namesPublicBody(m: MentionSpan, tokens: readonly { lower: string }[]): boolean {
  for (let j = m.from; j < m.to; j++) if (participantWords.publicBodyHeads.has(tokens[j]!.lower)) return true;
  return false;
}

/**
 * The organization "the union", "the ministry" at k refers to (MentionIndex.referredOrganization), never the
 * agency credited in a dateline ("PARIS (AFP) - … The interior ministry said").
 */
export function referredBody(
  idx: MentionIndex,
  tokens: readonly Token[],
  k: number,
  lookbackFrom: number,
  other?: ReadonlySet<Cluster>,
): MentionSpan | undefined {
  const referred = idx.referredOrganization(k - 1, tokens[k]!.lower, tokens, lookbackFrom, other);
  return referred && isDatelineCredit(tokens, referred.from, referred.to) ? undefined : referred;
}

/** The country mentioned most often (the first named of those tied). */
function mostNamedCountry(mentions: readonly MentionSpan[]): Cluster | undefined {
  const byIso = new Map<string, Cluster>();
  for (const m of mentions)
    if (m.cluster.type === 'location' && m.cluster.iso) byIso.set(m.cluster.iso, m.cluster);
  if (byIso.size === 0) return undefined;
  const counts = new Map<Cluster, number>();
  let best: Cluster | undefined;
  for (const m of mentions) {
    const country = countryNamedBy(m.cluster, byIso);
    if (!country) continue;
    const n = (counts.get(country) ?? 0) + 1;
    counts.set(country, n);
    if (!best || n > counts.get(best)!) best = country;
  }
  return best;
}

/**
 * The country (of those the article names) a mention stands for: the country itself, its capital ("MASERU —"),
 * or a body whose name holds the country's ("the Lesotho Mounted Police Service").
 */
function countryNamedBy(cluster: Cluster, byIso: ReadonlyMap<string, Cluster>): Cluster | undefined {
  if (cluster.iso) return cluster.type === 'location' ? byIso.get(cluster.iso) : undefined;
  if (cluster.type === 'person') return undefined;
  for (const key of cluster.keys) {
    const iso =
      cluster.type === 'location'
        ? capitalsCountry(key)
        : key
            .split(' ')
            .map(countryIso)
            .find((x) => x);
    if (iso) return byIso.get(iso);
  }
  return undefined;
}

function capitalsCountry(key: string): string | undefined {
  const country = lexicon.capitalOf(key);
  return country ? countryIso(country) : undefined;
}

function countryIso(name: string): string | undefined {
  return lexicon.country(name)?.iso;
}
