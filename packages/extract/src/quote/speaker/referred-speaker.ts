import type { Cluster, MentionSpan } from '../../entity/grouping/types.js';
import { isOrganizationAnaphor, type MentionIndex, referredBody } from '../../entity/mention-index.js';
import { entityWords, lexicon, participantWords } from '../../lexicon/load-lexicons.js';
import { type Doc, sentencesBackFrom } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import type { Attribution } from './attribution.js';
import { courtOfRuling } from './court-of-ruling.js';
import { speakerOfVerb } from './speaker-of-verb.js';
import { spokespersonsAnaphor } from './spokesperson-for.js';
import { isSpeechVerb } from './token-tests.js';

/** How many sentences back "the association said" looks for an organization whose name lacks the word. */
const ANAPHOR_SENTENCES = 4;

/**
 * "…, the association said", "the ministry said that …": a described speaker that is "the" and a word
 * standing for an organization is the organization named before (event participants read it the same way).
 */
export function referredSpeaker(doc: Doc, idx: MentionIndex, a: Attribution): Attribution {
  const { tokens } = doc;
  if (a.speaker || a.speakerTo <= a.speakerFrom + 1) return a;
  // ("…, a union spokesperson said": the body named before that the spokesperson speaks for)
  const body = spokespersonsAnaphor(doc, idx, a.speakerFrom, a.speakerTo);
  if (body) return { ...a, speaker: body };
  if (tokens[a.speakerFrom]?.lower !== 'the') return a;
  const lookback = sentencesBackFrom(doc, a.speakerFrom, ANAPHOR_SENTENCES);
  const word = tokens[a.speakerFrom + 1]!;
  let referred: MentionSpan | undefined;
  // "the Portuguese said", "the 52-year-old said", "the Frenchman said": an epithet of the person just named
  const epithet = doc.text.slice(word.start, tokens[a.speakerTo - 1]!.end);
  if (isEpithet(epithet)) {
    // ("the 61-year-old told reporters" after "Tobias Nangolo, 61,": the person that age was given for)
    // ("the 48-year-old coach told reporters" after "coach Vuk Perovic": the person that role was given for)
    const known = personOfAge(doc, idx, epithet, a.speakerFrom) ?? personOfRole(idx, epithet, a.speakerFrom);
    const person = known ?? idx.lastPersonBefore(a.speakerFrom);
    if (person && (known || person.from >= lookback)) referred = person;
  } else if (isTitleReference(tokens, a.speakerFrom + 1, a.speakerTo)) {
    // ('"…," the minister told the Assembly' after "The Minister for Agriculture, Hon. Alain Dufrene,": the
    // person who carried the title)
    referred =
      personOfRole(idx, epithet, a.speakerFrom) ??
      personAfterTitleWord(doc, idx, tokens[a.speakerTo - 1]!.lower, a.speakerFrom);
  } else if (isRoleReference(tokens, a.speakerFrom + 1, a.speakerTo)) {
    // ('"…," the retired schoolteacher says': an epithet of the person just named)
    const person = idx.lastPersonBefore(a.speakerFrom);
    if (person && person.from >= lookback) referred = person;
  } else if (a.speakerTo - a.speakerFrom === 2 && isOrganizationAnaphor(tokens, a.speakerFrom + 1))
    referred = referredBody(idx, tokens, a.speakerFrom + 1, lookback);
  // ("the world governing body said": lower-case words before the noun)
  else if (
    a.speakerTo - a.speakerFrom <= ANAPHOR_WORDS &&
    participantWords.organizationAnaphors.has(tokens[a.speakerTo - 1]!.lower) &&
    allLowerWords(tokens, a.speakerFrom + 1, a.speakerTo)
  )
    referred = referredBody(idx, tokens, a.speakerTo - 1, lookback);
  // ('"…," the spokesperson said' after "A spokesperson for Ukraine's Foreign Ministry urged …": that body)
  if (!referred && a.speakerTo - a.speakerFrom === 2 && quoteWords.spokesHeads.has(word.lower)) {
    const body = spokespersonsBody(doc, idx, word.lower, a.speakerFrom, lookback);
    if (body) return { ...a, speaker: body, description: null };
  }
  if (!referred && a.speakerTo - a.speakerFrom === 2 && quoteWords.documentNouns.has(word.lower)) {
    // ('"…," the letter said' after 'In a letter to the board, its chief executive, X, said …': the one who
    // spoke in the sentence that brought up the document)
    const author =
      documentAuthor(doc, idx, word.lower, a.speakerFrom) ??
      courtOfRuling(doc, idx, word.lower, a.speakerFrom);
    if (author) return { ...a, speaker: author, description: null };
  }
  return referred ? { ...a, speaker: referred.cluster, description: null } : a;
}

/** How many tokens the body a spokesperson speaks for may cover. */
const SPOKES_BODY_REACH = 8;

/** The body of the last "a spokesperson for X" from `lookback` up to k ("… for Ukraine's Foreign Ministry"). */
function spokespersonsBody(
  doc: Doc,
  idx: MentionIndex,
  head: string,
  k: number,
  lookback: number,
): Cluster | null {
  const { tokens } = doc;
  for (let j = k - 2; j >= lookback; j--) {
    if (tokens[j]!.lower !== head || !quoteWords.spokesPrepositions.has(tokens[j + 1]?.lower ?? '')) continue;
    const at = lexicon.articles.has(tokens[j + 2]?.lower ?? '') ? j + 3 : j + 2;
    // (the organization that starts there: "Ukraine's Foreign Ministry", not the country inside it)
    const body = idx
      .inRange(at, at + SPOKES_BODY_REACH)
      .find((m) => m.from === at && m.cluster.type === 'organization');
    return body?.cluster ?? null;
  }
  return null;
}

/** How many sentences back a document's author is looked for ("the letter said"). */
const DOCUMENT_SENTENCES = 3;

/**
 * The speaker of the nearest sentence before k (within DOCUMENT_SENTENCES) that names a document of this kind
 * ("in a letter", "said in a report") and reports with a speech verb; null when none names one.
 */
function documentAuthor(doc: Doc, idx: MentionIndex, noun: string, k: number): Cluster | null {
  const { tokens } = doc;
  const si = doc.sentenceOf[k]!;
  for (let i = si - 1; i >= Math.max(0, si - DOCUMENT_SENTENCES); i--) {
    const s = doc.sentences[i]!;
    // ("in a letter", "in a warning letter": the noun after an article and at most one word more)
    let named = false;
    for (let j = s.from + 1; j < s.to && !named; j++)
      named =
        tokens[j]!.lower === noun &&
        (lexicon.articles.has(tokens[j - 1]!.lower) || lexicon.articles.has(tokens[j - 2]?.lower ?? ''));
    if (!named) continue;
    for (let j = s.from; j < s.to; j++) {
      if (!isSpeechVerb(tokens[j])) continue;
      const spoken = speakerOfVerb(doc, idx, j, s.from, s.to);
      // ("The federal ministry said in a statement …": a described speaker referring to a body is that body)
      const speaker = spoken && (spoken.speaker ?? referredSpeaker(doc, idx, spoken).speaker);
      if (speaker) return speaker;
    }
    return null;
  }
  return null;
}

/** How many words "the … body" may have ("the world governing body"). */
const ANAPHOR_WORDS = 4;

/** Lower-case words only (no name, number or mark) in [from, to). */
function allLowerWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind !== 'word' || tokens[k]!.cap) return false;
  return true;
}

/** The last person before k written with the age an "N-year-old" epithet gives ("Tobias Nangolo, 61,"). */
function personOfAge(doc: Doc, idx: MentionIndex, epithet: string, k: number): MentionSpan | undefined {
  const age = AGED.exec(epithet)?.[1];
  if (!age) return undefined;
  const { tokens } = doc;
  let found: MentionSpan | undefined;
  for (const m of idx.mentions) {
    if (m.from >= k) break;
    if (m.cluster.type === 'person' && tokens[m.to]?.text === ',' && tokens[m.to + 1]?.text === age)
      found = m;
  }
  return found;
}

/** The last word of up to three lower-case words after "the" ("the local administrator"), or null. */
function describedNoun(tokens: readonly Token[], from: number, to: number): string | null {
  if (to - from < 1 || to - from > TITLE_REFERENCE_WORDS || !allLowerWords(tokens, from, to)) return null;
  return tokens[to - 1]!.lower;
}

/** "the minister", "the local administrator": lower-case words after "the" that end in a title. */
function isTitleReference(tokens: readonly Token[], from: number, to: number): boolean {
  const noun = describedNoun(tokens, from, to);
  return noun !== null && lexicon.titles.has(noun);
}

/**
 * "the retired schoolteacher", "the young nurse": lower-case words after "the" ending in a noun for a person
 * (data/entity-words.json#person_apposition_nouns, or a compound ending in one: "schoolteacher").
 */
function isRoleReference(tokens: readonly Token[], from: number, to: number): boolean {
  const noun = describedNoun(tokens, from, to);
  if (noun === null) return false;
  if (entityWords.personAppositionNouns.has(noun)) return true;
  for (let n = 3; n < noun.length - 2; n++)
    if (entityWords.personAppositionNouns.has(noun.slice(n))) return true;
  return false;
}

/** How many words "the … minister" may have ("the new foreign minister"). */
const TITLE_REFERENCE_WORDS = 3;

/**
 * The last person before k titled with the noun that ends an epithet or a title reference ("the 48-year-old
 * coach": "coach Vuk Perovic"; "the minister": "the Minister for Agriculture, Alain Dufrene").
 */
function personOfRole(idx: MentionIndex, epithet: string, k: number): MentionSpan | undefined {
  const noun = /(?:^|\s)(\p{Ll}+)$/u.exec(epithet)?.[1];
  if (!noun || !lexicon.titles.has(noun)) return undefined;
  let found: MentionSpan | undefined;
  for (const m of idx.mentions) {
    if (m.from >= k) break;
    if (m.cluster.type === 'person' && hasTitle(m.cluster, noun)) found = m;
  }
  return found;
}

/** How far after a title's word, in its sentence, the person who carries it may be named. */
const TITLE_TO_NAME = 14;

/**
 * The person named right after the last use of a title's word before k ("The Minister for Agriculture, Climate
 * Change and Environment, Hon. Alain Dufrene, said": a title the name grouping could not attach).
 */
function personAfterTitleWord(doc: Doc, idx: MentionIndex, noun: string, k: number): MentionSpan | undefined {
  const { tokens } = doc;
  for (let j = k - 1; j >= 0; j--) {
    if (tokens[j]!.lower !== noun) continue;
    const end = Math.min(doc.sentences[doc.sentenceOf[j]!]!.to, j + TITLE_TO_NAME);
    const person = idx.inRange(j + 1, end).find((m) => m.cluster.type === 'person');
    if (person) return person;
  }
  return undefined;
}

/** Whether a person carried a title with this head ("minister" for "Minister for Agriculture, Climate Change …"). */
function hasTitle(cluster: Cluster, noun: string): boolean {
  for (const t of cluster.titles) {
    const lower = t.toLowerCase();
    const base = lower.split(/ (?:of|for) |,/)[0]!;
    if (lower === noun || base.slice(base.lastIndexOf(' ') + 1) === noun) return true;
  }
  return false;
}

/**
 * A nationality, an age ("52-year-old", "47-year-old leader"), a "-man"/"-woman" noun of nationality or a noun
 * for a person that is no title ("the defender") written for a person.
 */
function isEpithet(words: string): boolean {
  if (AGED.test(words)) return true;
  const lower = words.toLowerCase();
  return (
    lexicon.demonym(lower) !== undefined ||
    /^\p{Lu}\p{Ll}+(man|woman)$/u.test(words) ||
    quoteWords.personEpithets.has(lower) ||
    isFormerRole(words)
  );
}

/** "former Peñarol midfielder", "former minister": a former role, a name qualifying it or not, then its noun. */
function isFormerRole(words: string): boolean {
  const ws = words.split(' ');
  if (ws.length < 2 || !lexicon.titleModifiers.has(ws[0]!.toLowerCase())) return false;
  const last = ws[ws.length - 1]!;
  return (
    last === last.toLowerCase() &&
    lexicon.titles.has(last) &&
    ws.slice(1, -1).every((w) => /^\p{Lu}/u.test(w))
  );
}

/** "52-year-old", "47-year-old leader": an age, and a noun for the person or not. */
const AGED = /^(\d+)-year-old(?: \p{Ll}+)?$/u;
