import { titledPersonAfter } from '../entity/candidates/titles.js';
import type { MentionSpan } from '../entity/group-mentions.js';
import { MentionIndex } from '../entity/mention-index.js';
import { beforeShortForm, isAcronym } from '../entity/name-shape.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { isPossessiveMark } from '../text/tokenize.js';
import { quoteWords } from './load-quote-words.js';
import { type Attribution, namedSpeaker } from './speaker/attribution.js';
import { resolvePronoun } from './speaker/resolve-pronoun.js';
import {
  afterFrontedPhrase,
  hasNoun,
  isAfterPreposition,
  isPossessor,
  isSpeechVerb,
  leadingDeterminers,
  MAX_NP,
  nameEndingAt,
} from './speaker/token-tests.js';

/** Where the last clause before v starts: after ", and" / ", but" / ";", else `from`. */
function clauseStartBefore(tokens: readonly Token[], from: number, v: number): number {
  for (let k = v - 1; k > from; k--) {
    const w = tokens[k]!.lower;
    if (w === ';' || (lexicon.clauseConjunctions.has(w) && tokens[k - 1]?.text === ',')) return k + 1;
  }
  return from;
}

/**
 * The speaker of a speech verb at position v: the subject before it (skipping auxiliaries and an
 * appositive between commas) or, when the verb comes first ("said X"), the phrase after it.
 */
export function speakerOfVerb(
  doc: Doc,
  idx: MentionIndex,
  v: number,
  from: number,
  to: number,
): Attribution | null {
  const { tokens } = doc;
  let cueTo = v + 1;
  let speaker: Attribution | null = null;
  // inverted: ', said Kenyan Foreign Minister Jane Doe'
  const before = tokens[v - 1];
  const inverted =
    v === from ||
    isQuoteMark(before) ||
    (before?.text === ',' && (isQuoteMark(tokens[v - 2]) || v - 1 === from));
  // (not '"too little, too late," noting that 13 departments closed': "that" opens what is reported)
  if (inverted && tokens[v + 1]?.lower !== 'that') {
    speaker = personOfPhrase(doc, idx, phraseAfter(doc, idx, v + 1, to, v, cueTo), to);
  }
  // "In Kyiv, Minister Jane Roe thanked the senators, writing that …": an -ing clause after a comma has the
  // main clause's subject, the first name of the sentence that no preposition governs
  if (!speaker && before?.text === ',' && tokens[v]!.lower.endsWith('ing')) {
    // (the subject of the clause the -ing clause hangs on: after ", and" it is that clause's own, unless
    // that clause opens with its verb: "The federation suspended the coach, X, and opened an inquiry, saying")
    const start = clauseStartBefore(tokens, from, v);
    const subjectFrom = (a: number) =>
      idx
        .inRange(a, v)
        .find(
          (m) =>
            m.cluster.type !== 'location' && !isPossessor(doc, m.to) && !isAfterPreposition(tokens, m.from),
        );
    const first = tokens[start]!;
    const reporter = reporterBefore(doc, idx, v, from);
    if (reporter) speaker = namedSpeaker(reporter, v, cueTo);
    // ("She blamed the Treasury for the delay, saying …": a personal pronoun opening the clause is its subject)
    else if (MentionIndex.isPersonPronoun(first.lower) && first.lower !== 'his') {
      const p = resolvePronoun(doc, idx, start, first.lower);
      if (p) speaker = namedSpeaker(p, v, cueTo);
    } else {
      const subject =
        subjectFrom(start) ??
        (start > from &&
        !first.cap &&
        first.kind === 'word' &&
        !quoteWords.subjectDeterminers.has(first.lower)
          ? subjectFrom(from)
          : undefined);
      if (subject) speaker = namedSpeaker(subject, v, cueTo);
    }
  }
  if (!speaker) {
    let k = v;
    while (k > from && quoteWords.speakerVerbGap.has(tokens[k - 1]!.lower)) k--;
    // "The World Health Organization (WHO) recommends": the abbreviation in brackets after the subject
    if (
      k - 3 > from &&
      tokens[k - 1]!.text === ')' &&
      tokens[k - 3]!.text === '(' &&
      isAcronym(tokens[k - 2]!.text)
    )
      k -= 3;
    // "X welcomed the decision but said …": the subject of the first verb
    const conj = tokens[k - 1]?.lower;
    if (lexicon.clauseConjunctions.has(conj ?? '') && k - 1 > from) {
      // only a subject within the first four tokens counts, so the search stops there (linear on long sentences)
      // "France coach Didier Deschamps praised … but said": the person a title names, not the team before it
      // ("In a post on X, the airline's chief executive, Maria Lind, apologised … and said": past a fronted
      // phrase, and the name set off by commas in apposition to the subject)
      const s0 = afterFrontedPhrase(tokens, from, k - 1);
      const subjects = idx
        .inRange(s0, Math.min(k - 1, s0 + 4))
        .filter((m) => !isPossessor(doc, m.to) && !isAfterPreposition(tokens, m.from));
      const first =
        subjects.find((m) => m.cluster.type === 'person' && m.from <= s0 + 3) ??
        subjects[0] ??
        appositivePerson(tokens, idx, s0, Math.min(k - 1, s0 + APPOSITIVE_REACH));
      // ("Council of Governors chairperson Ann Wairimu … and accused": the person the body's title names)
      const subject = first && (titledPersonAfter(tokens, idx, first) ?? first);
      if (subject && (first.from <= s0 + 3 || tokens[first.from - 1]?.text === ',')) {
        speaker = {
          speaker: subject.cluster,
          description: null,
          cueFrom: v,
          cueTo,
          reportedBy: [],
          speakerFrom: subject.from,
          speakerTo: subject.to,
        };
      }
    }
    // "…, with Boswell stating: …": the subject of an absolute -ing clause follows "with"
    const absolute = tokens[v]!.lower.endsWith('ing') ? idx.endingAt(k) : undefined;
    if (!speaker && absolute && absolute.from > from && tokens[absolute.from - 1]?.lower === 'with')
      speaker = isPossessor(doc, absolute.to) ? null : namedSpeaker(absolute, v, cueTo);
    speaker ??= phraseBefore(doc, idx, k, from, v, cueTo);
  }
  if (!speaker) return null;
  // "…, Smith says, quoting senior officials": the quoted officials speak, Smith relays them.
  let q = Math.max(cueTo, speaker.speakerTo);
  if (tokens[q]?.text === ',') q++;
  const relay = tokens[q];
  if (relay && quoteWords.citingParticiples.has(relay.lower)) {
    const source = phraseAfter(doc, idx, q + 1, to, speaker.cueFrom, q + 1);
    if (source) {
      cueTo = q + 1;
      return {
        ...source,
        cueFrom: speaker.cueFrom,
        cueTo,
        reportedBy: [{ speaker: speaker.speaker, description: speaker.description }],
      };
    }
  }
  return speaker;
}

/**
 * "…, the UN refugee agency, UNHCR, said on Tuesday, warning that …", "…, Kivi said, adding that …": the
 * name that speaks the reporting verb a few words before the -ing form at v (right before the verb, or in
 * apposition before its comma).
 */
function reporterBefore(doc: Doc, idx: MentionIndex, v: number, from: number): MentionSpan | undefined {
  const { tokens } = doc;
  for (let j = v - 2; j > Math.max(from, v - 7); j--) {
    if (!isSpeechVerb(tokens[j])) continue;
    const m = idx.endingAt(tokens[j - 1]?.text === ',' ? j - 1 : j);
    return m && m.cluster.type !== 'location' && !isPossessor(doc, m.to) ? m : undefined;
  }
  return undefined;
}

/** How many words before the verb a subject named in apposition may end ("the airline's chief executive, X,"). */
const APPOSITIVE_REACH = 12;
/** The first person of [from, to) set off by commas on both sides ("the chief executive, Maria Lind, …"). */
function appositivePerson(
  tokens: readonly Token[],
  idx: MentionIndex,
  from: number,
  to: number,
): MentionSpan | undefined {
  return idx
    .inRange(from, to)
    .find(
      (m) => m.cluster.type === 'person' && tokens[m.from - 1]?.text === ',' && tokens[m.to]?.text === ',',
    );
}

/** The speaker named by "according to X" at position k. */
export function speakerAfterAccording(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  to: number,
): Attribution | null {
  return personOfPhrase(doc, idx, phraseAfter(doc, idx, k + 2, to, k, k + 2), to);
}

/**
 * "according to Afghan Ambassador to the United States Hamdullah Mohib", "according to the team's coach,
 * Alireza Mehraban,", "said parent Kayla Brooks", "said Ibama's director of environmental protection,
 * Carlos Vasconcelos.": the person named in a described speaker's phrase or in apposition to it.
 */
function personOfPhrase(doc: Doc, idx: MentionIndex, a: Attribution | null, to: number): Attribution | null {
  if (!a || a.speaker) return a;
  const { tokens } = doc;
  const end = tokens[a.speakerTo]?.text === ',' ? Math.min(to, a.speakerTo + 6) : a.speakerTo;
  const person = idx
    .inRange(a.speakerFrom, end)
    .find(
      (m) =>
        m.cluster.type === 'person' &&
        !isPossessor(doc, m.to) &&
        !isAfterPreposition(tokens, m.from) &&
        (m.from < a.speakerTo || (m.from === a.speakerTo + 1 && /^[,.]$/.test(tokens[m.to]?.text ?? ''))),
    );
  return person ? { ...namedSpeaker(person, a.cueFrom, a.cueTo), speakerFrom: a.speakerFrom } : a;
}

function phraseAfter(
  doc: Doc,
  idx: MentionIndex,
  start: number,
  to: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  let k = start;
  while (k < to && quoteWords.speakerDeterminers.has(tokens[k]!.lower)) k++;
  let m = idx.covering(k) ?? idx.covering(start);
  // "Guardian journalist Jane Doe": the person after an outlet and a role noun
  if (m && m.cluster.type !== 'person') {
    for (let j = m.to; j < Math.min(to, m.to + 3); j++) {
      const t = tokens[j]!;
      const p = idx.covering(j);
      if (p && p !== m && p.cluster.type === 'person') {
        m = p;
        break;
      }
      if (t.kind !== 'word' || t.cap) break;
    }
  }
  if (m && !isPossessor(doc, m.to)) return namedSpeaker(m, cueFrom, cueTo);
  const w = tokens[start];
  if (w && MentionIndex.isPersonPronoun(w.lower)) {
    const p = resolvePronoun(doc, idx, start, w.lower);
    return {
      speaker: p?.cluster ?? null,
      description: null,
      cueFrom,
      cueTo,
      reportedBy: [],
      speakerFrom: start,
      speakerTo: start + 1,
    };
  }
  let e = start;
  while (e < to && e - start < MAX_NP) {
    const t = tokens[e]!;
    if (t.kind === 'punct' && t.text !== '-' && !isPossessiveMark(t)) break;
    if (
      e > start &&
      quoteWords.nounPhraseStops.has(t.lower) &&
      !(t.lower === 'and' && tokens[e + 1]?.kind === 'word')
    )
      break;
    e++;
  }
  if (e === start || !hasNoun(tokens, start, e)) return null;
  return {
    speaker: null,
    description: doc.text.slice(tokens[start]!.start, tokens[e - 1]!.end),
    cueFrom,
    cueTo,
    reportedBy: [],
    speakerFrom: start,
    speakerTo: e,
  };
}

function phraseBefore(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  let end = k;
  // "Its governor, Jane Doe, warned": the name in apposition to a role is the speaker
  const named = tokens[end - 1]?.text === ',' ? nameEndingAt(tokens, idx, end - 1) : undefined;
  if (named && named.cluster.type === 'person' && named.from > from && tokens[named.from - 1]?.text === ',') {
    return {
      speaker: named.cluster,
      description: null,
      cueFrom,
      cueTo,
      reportedBy: [],
      speakerFrom: named.from,
      speakerTo: named.to,
    };
  }
  // "Professor Jane Doe, director of …, and chair of …, says" / "Jane Doe for the Food Agency, says": the
  // person opening the sentence is the subject of a verb right after a comma
  const opening = tokens[end - 1]?.text === ',' && end === cueFrom ? idx.covering(from) : undefined;
  if (
    opening &&
    opening.from === from &&
    opening.cluster.type === 'person' &&
    !isPossessor(doc, opening.to) &&
    !hasVerbBetween(tokens, opening.to, end - 1)
  )
    return namedSpeaker(opening, cueFrom, cueTo);
  // skip an appositive: "John Doe, a Nairobi police officer, reported"; and a relative clause: "A Qatari
  // official, who spoke on condition of anonymity, told AFP"
  if (tokens[end - 1]?.text === ',') {
    for (let j = end - 2; j > from && end - j < 16; j--) {
      if (tokens[j]!.text === ',') {
        if (nameEndingAt(tokens, idx, j) || quoteWords.appositiveRelatives.has(tokens[j + 1]?.lower ?? ''))
          end = j;
        break;
      }
    }
  }
  // "The Centers for Disease Control and Prevention (CDC), which …, said": past the bracketed abbreviation
  const short = beforeShortForm(tokens, end);
  if (short > from) end = short;
  // "…, said its chairman Tariq Mehmood, who added that …": the relative pronoun's antecedent speaks
  if (tokens[end - 1]?.lower === 'who' && tokens[end - 2]?.text === ',') {
    const antecedent = idx.endingAt(end - 2);
    if (antecedent?.cluster.type === 'person') return namedSpeaker(antecedent, cueFrom, cueTo);
  }
  const m = idx.endingAt(end);
  if (m && m.from >= from && !isPossessor(doc, m.to) && !isAfterPreposition(tokens, m.from)) {
    return groupOf(doc, m.from, end, from, cueFrom, cueTo) ?? namedSpeaker(m, cueFrom, cueTo);
  }
  // "Matthew Ingram of The Globe and Mail wrote": the person before "of/from/at <organization>" speaks
  const affiliated = m && m.from > from ? personBeforeAffiliation(doc, idx, m.from, from) : undefined;
  if (affiliated) return namedSpeaker(affiliated, cueFrom, cueTo);
  const w = tokens[end - 1];
  if (w && end - 1 >= from && MentionIndex.isPersonPronoun(w.lower)) {
    const p = resolvePronoun(doc, idx, end - 1, w.lower);
    return {
      speaker: p?.cluster ?? null,
      description: null,
      cueFrom,
      cueTo,
      reportedBy: [],
      speakerFrom: end - 1,
      speakerTo: end,
    };
  }
  // the noun phrase back to a clause boundary
  let s = end;
  let words = 0;
  while (s > from && words < MAX_NP) {
    // ("a district engineer of the Department of Public Works and Highways": a name counts as one word and
    // its own "and" ends nothing)
    const name = idx.covering(s - 1);
    if (name && name.from < s - 1 && name.from >= from) {
      s = name.from;
      words++;
      continue;
    }
    const t = tokens[s - 1]!;
    if (t.kind === 'punct' && !isPossessiveMark(t) && t.text !== '-') break;
    if (quoteWords.speakerPhraseStops.has(t.lower)) break;
    s--;
    words++;
  }
  // "The mother of a student who died of sepsis at the hospital has said": a relative clause that runs up
  // to the verb describes the phrase before it, which is the subject
  if (s < end && s - 1 > from && quoteWords.speakerRelatives.has(tokens[s - 1]!.lower)) {
    const subject = phraseBefore(doc, idx, s - 1, from, cueFrom, cueTo);
    if (subject) return subject;
  }
  if (s >= end) return null;
  // a named subject at the start of the phrase: "Radio Mada, a private station in Kenya had stated"
  const inside = idx
    .inRange(s, end)
    .filter((x) => !isPossessor(doc, x.to) && !isAfterPreposition(tokens, x.from));
  const first = inside[0];
  // "the California-based company", "a Kremlin-backed group": a name joined to a participle modifies the head
  const modifier =
    first !== undefined && tokens[first.to]?.text === '-' && tokens[first.to + 1]?.cap === false;
  if (first && !modifier && first.from === s + leadingDeterminers(tokens, s, end)) {
    return {
      speaker: first.cluster,
      description: null,
      cueFrom,
      cueTo,
      reportedBy: [],
      speakerFrom: first.from,
      speakerTo: first.to,
    };
  }
  // "PC World's recent analysis … concluded": a body speaks through its report, statement or spokesperson
  const owner = ownerOfDocument(doc, idx, s, end);
  if (owner) return namedSpeaker(owner, cueFrom, cueTo);
  const apposHead = idx.inRange(Math.max(from, s - 12), s).filter((x) => !isPossessor(doc, x.to));
  if (tokens[s - 1]?.text === ',' && apposHead.length > 0 && isAppositive(tokens, s, end)) {
    const head = apposHead[apposHead.length - 1]!;
    return {
      speaker: head.cluster,
      description: null,
      cueFrom,
      cueTo,
      reportedBy: [],
      speakerFrom: head.from,
      speakerTo: head.to,
    };
  }
  // "a spokesperson for the European Commission said": the body speaks through its spokesperson
  const head = s + leadingDeterminers(tokens, s, end);
  if (
    quoteWords.spokesHeads.has(tokens[head]?.lower ?? '') &&
    quoteWords.spokesPrepositions.has(tokens[head + 1]?.lower ?? '')
  ) {
    const body = idx.endingAt(end);
    // ("a spokeswoman for Prime Minister Anthony Albanese": a person speaks through a spokesperson "for" them)
    const through = body?.cluster.type !== 'person' || tokens[head + 1]!.lower === 'for';
    if (body && body.from >= head + 2 && through) {
      return {
        speaker: body.cluster,
        description: doc.text.slice(tokens[s]!.start, tokens[end - 1]!.end),
        cueFrom,
        cueTo,
        reportedBy: [],
        speakerFrom: s,
        speakerTo: end,
      };
    }
  }
  if (!hasNoun(tokens, s, end)) return null;
  if (end - s === 1 && quoteWords.emptySubjects.has(tokens[s]!.lower)) return null;
  return {
    speaker: null,
    description: doc.text.slice(tokens[s]!.start, tokens[end - 1]!.end),
    cueFrom,
    cueTo,
    reportedBy: [],
    speakerFrom: s,
    speakerTo: end,
  };
}

/**
 * "Supporters of the opposition leader Nawaz Sharif shouted": a group of somebody speaks as the group, so
 * the speaker is described ("Supporters of …"), not the person named at the end of the phrase.
 */
function groupOf(
  doc: Doc,
  name: number,
  end: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  for (let j = name - 1; j >= Math.max(from + 1, name - 5); j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return null;
    if (t.lower !== 'of') continue;
    if (!quoteWords.groupHeads.has(tokens[j - 1]!.lower)) return null;
    const s =
      j - 1 - (quoteWords.speakerDeterminers.has(tokens[j - 2]?.lower ?? '') && j - 2 >= from ? 1 : 0);
    const description = doc.text.slice(tokens[s]!.start, tokens[end - 1]!.end);
    return { speaker: null, description, cueFrom, cueTo, reportedBy: [], speakerFrom: s, speakerTo: end };
  }
  return null;
}

/** 'Jane Doe of the Daily Ledger': the person mention just before the preposition introducing an organization. */
function personBeforeAffiliation(doc: Doc, idx: MentionIndex, org: number, from: number) {
  const { tokens } = doc;
  const p = lexicon.articles.has(tokens[org - 1]?.lower ?? '') ? org - 2 : org - 1;
  if (!quoteWords.personAffiliationPrepositions.has(tokens[p]?.lower ?? '')) return undefined;
  const person = idx.endingAt(p);
  return person && person.from >= from && person.cluster.type === 'person' ? person : undefined;
}

/** A named owner ("X's") of a document or spokesperson noun that heads the phrase [s, end). */
export function ownerOfDocument(doc: Doc, idx: MentionIndex, s: number, end: number) {
  const { tokens } = doc;
  const owner = idx.covering(s + leadingDeterminers(tokens, s, end));
  if (!owner || owner.cluster.type === 'person' || !isPossessor(doc, owner.to)) return undefined;
  for (let j = owner.to + 1; j < Math.min(end, owner.to + 4); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.cap) return undefined;
    if (quoteWords.documentNouns.has(t.lower)) return owner;
  }
  return undefined;
}

function isAppositive(tokens: readonly Token[], s: number, end: number): boolean {
  const first = tokens[s]?.lower ?? '';
  return lexicon.articles.has(first ?? '') && end - s <= 12;
}

/** A speech verb or a finite auxiliary between two positions: a clause, not an appositive. */
function hasVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (isSpeechVerb(t) || (!t.cap && quoteWords.appositiveAuxiliaries.has(t.lower))) return true;
  }
  return false;
}

function isQuoteMark(t: Token | undefined): boolean {
  return t !== undefined && /^["“”‘’'«»„]$/.test(t.text);
}
