import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { isPossessiveMark } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import { isPossessor, isSpeechVerb, leadingDeterminers } from './token-tests.js';

/**
 * The person a speaking "he"/"she" stands for: the last person named in its own sentence, else the subject
 * of the sentence before when that is a person of a compatible gender ("Menon met Bashir on Monday. 'We
 * made progress,' he said." — Menon), else the last person named before it.
 */
export function resolvePronoun(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  pronoun: string,
  depth = 0,
): ReturnType<MentionIndex['lastPersonBefore']> {
  const last = idx.lastPersonBefore(k, pronoun);
  const i = doc.sentenceOf[k]!;
  if (!last || last.from >= doc.sentences[i]!.from) return last;
  // ('"This was no lapse. It was a scheme," she told the court.': the sentence a quotation opens in is the
  // one its speaker follows, not the quotation's own first sentence)
  let p = i - 1;
  while (p > 0 && i - p <= QUOTED_SENTENCES && opensQuotation(doc, doc.sentences[p]!)) p--;
  const prev = doc.sentences[p];
  if (!prev) return last;
  // '"…," she told the crowd. "…," she said.': the same pronoun speaking in one of the three sentences before,
  // with nobody named since, stands for the same person
  for (let j = i - 1; depth < 3 && j >= Math.max(0, i - 3) && last.from < doc.sentences[j]!.from; j--) {
    const same = samePronounIn(doc, doc.sentences[j]!, pronoun);
    if (same < 0) continue;
    const earlier = resolvePronoun(doc, idx, same, pronoun, depth + 1);
    if (earlier && earlier.cluster.type === 'person') return earlier;
    break;
  }
  if (last.from < prev.from) return last;
  const subject = subjectOf(doc, idx, prev);
  if (!subject || subject === last || subject.cluster.type !== 'person') return last;
  if (isPossessor(doc, subject.to) || !genderFits(subject.cluster.gender, pronoun)) return last;
  return subject;
}

/** How many sentences of one quotation are passed over back to the sentence before it. */
const QUOTED_SENTENCES = 3;

/** A sentence that opens with a double quotation mark and leaves the quotation open (an odd number of them). */
function opensQuotation(doc: Doc, s: { from: number; to: number }): boolean {
  if (!DOUBLE_MARKS.has(doc.tokens[s.from]!.text)) return false;
  let marks = 0;
  for (let j = s.from; j < s.to; j++) if (DOUBLE_MARKS.has(doc.tokens[j]!.text)) marks++;
  return marks % 2 === 1;
}

const DOUBLE_MARKS = new Set(['"', '“', '”', '«', '»']);

/** Position of the pronoun as the subject of a speech verb right after it in sentence s, or -1. */
function samePronounIn(doc: Doc, s: { from: number; to: number }, pronoun: string): number {
  for (let j = s.from; j < s.to - 1; j++)
    if (doc.tokens[j]!.lower === pronoun && isSpeechVerb(doc.tokens[j + 1])) return j;
  return -1;
}

/**
 * The subject of a sentence: a mention at its start or right after a fronted phrase and its comma ("In an
 * interview with X, Y said"); after a possessor, the person in apposition ("Vértice's chief executive, Álvaro
 * Sanz, told …").
 */
export function subjectOf(doc: Doc, idx: MentionIndex, s: { from: number; to: number }) {
  const { tokens } = doc;
  let start = s.from;
  for (let j = s.from; j < Math.min(s.to, s.from + 10); j++) {
    if (tokens[j]!.text === ',') {
      start = j + 1;
      break;
    }
    if (tokens[j]!.kind === 'punct' && !isPossessiveMark(tokens[j])) break;
  }
  // ("In an interview with Deník N, Minister X said …": a fronted phrase's names are not the subject)
  const fronted = start > s.from && quoteWords.frontedPrepositions.has(tokens[s.from]!.lower);
  const first = fronted ? undefined : idx.inRange(s.from, Math.min(s.to, s.from + 8))[0];
  if (first) {
    let clean = true;
    for (let j = s.from; j < first.from; j++) if (tokens[j]!.kind === 'punct') clean = false;
    if (clean && !isPossessor(doc, first.to)) return first;
  }
  if (start === s.from) return undefined;
  const after = idx.covering(start + leadingDeterminers(tokens, start, s.to));
  return after && after.from >= start ? after : undefined;
}

function genderFits(gender: 'f' | 'm' | null, pronoun: string): boolean {
  if (gender === null) return true;
  return gender === 'f'
    ? quoteWords.speakerFemalePronouns.has(pronoun)
    : quoteWords.speakerMalePronouns.has(pronoun);
}
