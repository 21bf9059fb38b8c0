import { titledPersonAfter } from '../entity/candidates/titles.js';
import type { Cluster, MentionSpan } from '../entity/grouping/types.js';
import { isOrganizationAnaphor, type MentionIndex, referredBody } from '../entity/mention-index.js';
import { entityWords, lexicon, participantWords } from '../lexicon/load-lexicons.js';
import { demonymOf } from '../lexicon/word-lexicon.js';
import type { Token } from '../text/tokenize.js';
import { isPossessiveMark } from '../text/tokenize.js';
import { wordFact } from '../text/word-facts.js';
import type { EventInputs, FoundEvent } from './found-event.js';

/** Adds a cluster to an event's participants once, in the role it is first found in. */
export function addParticipant(
  list: FoundEvent['participants'],
  seen: Set<Cluster>,
  cluster: Cluster,
  role: 'actor' | 'target',
): void {
  if (seen.has(cluster)) return;
  seen.add(cluster);
  list.push({ cluster, role });
}

/** Event types that are themselves speech acts: the speaker of a report is their actor. */
export const SPEECH_TYPES = new Set([
  'ACCUSE',
  'REJECT',
  'REQUEST',
  'THREATEN',
  'SUPPORT',
  'AGREE',
  'CONCEDE',
]);
/** Nouns for people acting for a country: "Indian authorities", "Pakistani military leaders". */
const GROUP_NOUNS = participantWords.groupNouns;
/** "officials", "forces": a noun of a group acting for a country (a word fact: asked after every demonym). */
const isGroupNounWord = wordFact((w) => GROUP_NOUNS.has(w));

/** "X said (that) it was cooperating": the reported clause's subject is the speaker. */
export function speakerIsSubject(input: EventInputs, at: number): boolean {
  const { tokens } = input.doc;
  let k = at;
  for (let n = 0; k > 0 && input.reported[k - 1] === 1 && n < 400; n++) k--;
  if (tokens[k]?.lower === 'that') k++;
  return participantWords.subjectPronouns.has(tokens[k]?.lower ?? '');
}

/** "Pakistan's military government": a group acting for the country within the next few words. */
export function isGroupNoun(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + 3); j++) {
    if (isGroupNounWord(tokens[j]!)) return true;
    if (tokens[j]!.kind !== 'word') return false;
  }
  return false;
}

/**
 * Whether a place is only where the event happens: it follows a locative preposition, which governs
 * every place of the list it opens ("refugees from Afghanistan, Eritrea and Yemen"). A country right
 * after a trigger and a preposition of movement still takes part ("withdrew from Afghanistan").
 */
export function isLocationOnly(
  tokens: readonly Token[],
  idx: MentionIndex,
  m: MentionSpan,
  triggerTo: number,
): boolean {
  let from = m.from;
  for (let n = 0; n < 20; n++) {
    let k = from - 1;
    if (lexicon.listConjunctions.has(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.text === ',') k--;
    const prev = k < from - 1 ? idx.endingAt(k + 1) : undefined;
    if (prev?.cluster.type !== 'location') break;
    from = prev.from;
  }
  const prep = tokens[from - 1]?.lower ?? '';
  if (!participantWords.locativePrepositions.has(prep)) return false;
  return !(m.cluster.iso && from - 1 === triggerTo && participantWords.directionalPrepositions.has(prep));
}

/**
 * "paid tribute to her in Parliament", "filed for an injunction at the Changwon District Court": a body
 * named as a venue (its head word alone, or a name holding a venue's head) after "in"/"at" is where it
 * happened, not a participant.
 */
export function isVenue(tokens: readonly Token[], m: MentionSpan): boolean {
  if (m.cluster.type !== 'organization' || !namesVenue(tokens, m)) return false;
  const j = tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
  return participantWords.venuePrepositions.has(tokens[j]?.lower ?? '');
}

/** "Parliament", "the Changwon District Court": a body whose name says it is a place where things are done. */
function namesVenue(tokens: readonly Token[], m: MentionSpan): boolean {
  if (m.to - m.from === 1) return entityWords.standaloneInstitutions.has(tokens[m.from]!.lower);
  for (let j = m.from; j < m.to; j++) if (participantWords.venueHeads.has(tokens[j]!.lower)) return true;
  return false;
}

/**
 * The name a relative pronoun at `rel` refers to: the mention right before it ("Hungary, which …"), past
 * a bracketed short form ("the Centers for Disease Control and Prevention (CDC), which …"); none when the
 * name only completes another noun ("former members of Scientology, who …": the members).
 */
export function relativeAntecedent(
  tokens: readonly Token[],
  idx: MentionIndex,
  rel: number,
): MentionSpan | undefined {
  let end = tokens[rel - 1]?.text === ',' ? rel - 1 : rel;
  if (tokens[end - 1]?.text === ')') {
    let k = end - 2;
    while (k > end - 6 && k >= 0 && tokens[k]!.text !== '(') k--;
    if (tokens[k]?.text === '(') end = k;
  }
  const m = idx.endingAt(end);
  if (!m) return undefined;
  const of = beforeThe(tokens, m.from);
  // "officials of the union, who …" do act for it
  if (tokens[of]?.lower === 'of' && !GROUP_NOUNS.has(tokens[of - 1]?.lower ?? '')) return undefined;
  return m;
}

/**
 * "was founded by Dean Kamen", "published in a paper by AS Heagle": a name after "by" within a few words
 * of a trigger is the passive's agent, the actor.
 */
export function isPassiveAgent(tokens: readonly Token[], triggerTo: number, m: MentionSpan): boolean {
  const k = beforeThe(tokens, m.from);
  return tokens[k]?.lower === 'by' && k >= triggerTo && k - triggerTo <= 3;
}

/**
 * An organization that only says where a named person works: "Judge Alicia Moreno of the Denver District
 * Court", "Co-founder of Google, Sergey Brin", "Cres Eastman, Director of the Iodine Study", "Kremlin
 * spokesman Dmitri Volkov". The person
 * takes part; the organization does not by being named so.
 */
export function isAffiliation(tokens: readonly Token[], idx: MentionIndex, m: MentionSpan): boolean {
  if (m.cluster.type !== 'organization') return false;
  // "ORG title PERSON": "Business NSW chief executive Daniel Kwan", "Kremlin spokesman Dmitri Volkov"
  if (titledPersonAfter(tokens, idx, m)) return true;
  const of = beforeThe(tokens, m.from);
  if (tokens[of]?.lower !== 'of') return false;
  // "PERSON of ORG"
  if (idx.endingAt(of)?.cluster.type === 'person') return true;
  if (!lexicon.titles.has(tokens[of - 1]?.lower ?? '')) return false;
  // "TITLE of ORG, PERSON"
  if (tokens[m.to]?.text === ',' && idx.covering(m.to + 1)?.cluster.type === 'person') return true;
  // "PERSON, [the] TITLE of ORG"
  let k = of - 2;
  if (lexicon.articles.has(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.text === ',' && idx.endingAt(k)?.cluster.type === 'person';
}

/**
 * A reporting verb whose clause can name the subject of a trigger after it: not one that also takes an
 * object ("told", "promised"). Asked of every word before a trigger: a word fact.
 */
const isClauseReportingVerb = wordFact(
  (w) => lexicon.speechVerbs.get(w) === true && !participantWords.objectReportingVerbs.has(w),
);
/** "the agency", "the company": a noun that can refer back to an organization (a word fact). */
const isOrganizationNoun = wordFact((w) => participantWords.organizationAnaphors.has(w));

/**
 * "Whitmore stated Montalvo left …": a reporting verb before the trigger whose clause (with or without
 * "that") opens with a name that is the trigger's subject; returns the verb's position, before which the
 * words belong to the report, not to the event. Not after a verb that also takes an object ("told Reuters
 * …", "promised Pakistan aid").
 */
export function reportedSubjectAt(
  tokens: readonly Token[],
  idx: MentionIndex,
  from: number,
  trigger: number,
): number {
  for (let k = trigger - 2; k > from; k--) {
    if (!isClauseReportingVerb(tokens[k]!)) continue;
    const j = tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1;
    const m = idx.covering(j);
    if (!m || m.from !== j || m.to > trigger || trigger - m.to > 2) continue;
    if (m.cluster.type === 'location' && !m.cluster.iso) continue;
    return k;
  }
  return -1;
}

/**
 * "WHO spokesperson Ana Lucero said that the agency welcomed the results": a definite organization noun
 * ("the agency", "the company") right before the trigger refers to the last organization named in the
 * sentence or the two before it.
 */
export function organizationAnaphor(
  tokens: readonly Token[],
  idx: MentionIndex,
  from: number,
  trigger: number,
  lookbackFrom: number,
): MentionSpan | undefined {
  for (let k = trigger - 1; k >= Math.max(from + 1, trigger - ANAPHOR_REACH); k--) {
    if (!isOrganizationNoun(tokens[k]!)) continue;
    if (!isOrganizationAnaphor(tokens, k)) return undefined;
    // "the union" after "the Canadian Union of Public Employees", "the bank" after "the Reserve Bank": the last
    // organization whose name holds the word, else the last organization of the last sentences (not the
    // agency credited in a dateline: "PARIS (AFP) - … The interior ministry said")
    return referredBody(idx, tokens, k, lookbackFrom);
  }
  return undefined;
}

/** How far before its trigger "the union", "the bank" may stand ("The union has scheduled a rally"). */
const ANAPHOR_REACH = 5;

/** "that", "whether": asked of each word after a trigger (a word fact). */
const isObjectClauseOpener = wordFact((w) => participantWords.objectClauseOpeners.has(w));

/**
 * "accused the union of …", "urged the bank to keep cutting", "filed a lawsuit against the company": a definite
 * organization noun within a few words after the trigger is its target, the organization it refers to.
 */
export function organizationAnaphorAfter(
  tokens: readonly Token[],
  idx: MentionIndex,
  triggerTo: number,
  to: number,
  lookbackFrom: number,
  participants: FoundEvent['participants'],
): MentionSpan | undefined {
  for (let k = triggerTo; k < Math.min(to, triggerTo + TARGET_REACH); k++) {
    // (a name after the trigger is its own participant: "called for the Ombudsman Commission to …")
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap || isObjectClauseOpener(t)) return undefined;
    if (!isOrganizationNoun(t) || !(isOrganizationAnaphor(tokens, k) || isObjectWithComplement(tokens, k)))
      continue;
    // ("outside the company's depot": the body only owns the object)
    if (isPossessiveMark(tokens[k + 1])) return undefined;
    // (never the event's own actor: "X accused the union of …" is not X accusing itself)
    const actors = new Set(participants.filter((p) => p.role === 'actor').map((p) => p.cluster));
    return referredBody(idx, tokens, k, lookbackFrom, actors);
  }
  return undefined;
}

/**
 * "accused the union of holding …", "urged the bank to keep cutting": after a trigger, a definite organization
 * noun before the ground of an accusation (-ing) or the act requested (a bare verb) is still the object.
 */
function isObjectWithComplement(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.lower !== 'the') return false;
  const after = tokens[k + 1]?.lower;
  const next = tokens[k + 2];
  if (next === undefined || next.cap || next.kind !== 'word') return false;
  if (after === 'of') return next.lower.endsWith('ing');
  return after === 'to' && !lexicon.articles.has(next.lower);
}

/** How far after its trigger "the union" may stand as its object ("filed a lawsuit against the company"). */
const TARGET_REACH = 5;

/** "Pakistan's …": a mention followed by a possessive mark. */
export function isPossessor(tokens: readonly Token[], m: MentionSpan): boolean {
  return isPossessiveMark(tokens[m.to]);
}

/**
 * A demonym stands for its country when it names a group acting for it ("Indian officials", "Indian and
 * Pakistani officials", "Indians"), not inside a person's title ("Former Pakistani Prime Minister Benazir
 * Bhutto") or before a thing ("the Indian run bus").
 */
export function isGroupDemonym(tokens: readonly Token[], k: number, end: number, idx: MentionIndex): boolean {
  const m = idx.covering(k);
  if (m && m.cluster.type === 'person') return false;
  if (/s$/.test(tokens[k]!.lower) && !/(ese|ss)$/.test(tokens[k]!.lower)) return true;
  for (let j = k + 1; j < Math.min(end, k + 5); j++) {
    const t = tokens[j]!;
    if (isGroupNounWord(t)) return true;
    // "Indian and Pakistani officials", "hardline Pakistani military leaders"
    if (t.lower === 'and' || t.lower === ',' || (t.cap && demonymOf(t) !== null)) continue;
    if (t.kind !== 'word' || t.cap || j > k + 2) return false;
  }
  return false;
}

/** The position of the word before `at`, past a "the" ("of the union", "by the army"). */
function beforeThe(tokens: readonly Token[], at: number): number {
  return tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
}
