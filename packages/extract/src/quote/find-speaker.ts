import { titledPersonAfter } from '../entity/candidates/titles.js';
import type { MentionSpan } from '../entity/group-mentions.js';
import { MentionIndex } from '../entity/mention-index.js';
import { isAcronym } from '../entity/name-shape.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { quoteWords } from './load-quote-words.js';
import { type Attribution, namedSpeaker } from './speaker/attribution.js';
import { personOfPhrase } from './speaker/person-of-phrase.js';
import { phraseAfter } from './speaker/phrase-after.js';
import { phraseBefore } from './speaker/phrase-before.js';
import { resolvePronoun } from './speaker/resolve-pronoun.js';
import { afterFrontedPhrase, isAfterPreposition, isPossessor, isSpeechVerb } from './speaker/token-tests.js';

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

function isQuoteMark(t: Token | undefined): boolean {
  return t !== undefined && /^["“”‘’'«»„]$/.test(t.text);
}
