import type { MentionIndex } from '../entity/mention-index.js';
import type { Doc } from '../text/segment.js';
import { isPossessiveMark } from '../text/tokenize.js';
import type { Attribution } from './speaker/attribution.js';
import { isSpeechVerb } from './speaker/token-tests.js';

/** How far into the sentence its subject may start, and how far after a fronted phrase and its comma. */
const SUBJECT_REACH = 8;
const FRONTED = 14;

/**
 * 'Menon spoke to reporters after the meeting.↵"We have made progress …"': a quote standing alone as a
 * sentence, with no cue, is the words of the person who is the subject of the sentence just before it
 * (in the same or the previous paragraph), or of the one person that sentence names as a speaker.
 */
export function speakerOfPreviousSentence(doc: Doc, idx: MentionIndex, open: number): Attribution | null {
  const i = doc.sentenceOf[open]!;
  const s = doc.sentences[i - 1];
  if (!s || s.headline || doc.tokens[open]!.para - s.para > 1) return null;
  const subject = subjectOf(doc, idx, s.from, s.to) ?? speakerOf(doc, idx, s.from, s.to);
  if (!subject) return null;
  return {
    speaker: subject.cluster,
    description: null,
    cueFrom: subject.from,
    cueTo: subject.to,
    reportedBy: [],
    speakerFrom: subject.from,
    speakerTo: subject.to,
  };
}

function subjectOf(doc: Doc, idx: MentionIndex, from: number, to: number) {
  const subject = idx.inRange(from, Math.min(to, from + FRONTED))[0];
  if (subject?.cluster.type !== 'person' || isPossessiveMark(doc.tokens[subject.to])) return undefined;
  // "Asked whether he feared for his job, Amorim smiled.": a fronted phrase set off by one comma may come first
  const fronted = subject.from > from && doc.tokens[subject.from - 1]!.text === ',';
  if (!fronted && subject.from - from > SUBJECT_REACH) return undefined;
  for (let k = from; k < subject.from - (fronted ? 1 : 0); k++)
    if (doc.tokens[k]!.kind === 'punct') return undefined;
  return subject;
}

/**
 * "Speaking outside court, Chloe's mother, Joanne Naylor, said the family had waited …": the one person
 * the sentence names as speaker, right before its speech verb (after an appositive's comma too).
 */
function speakerOf(doc: Doc, idx: MentionIndex, from: number, to: number) {
  const { tokens } = doc;
  const speakers = idx.inRange(from, to).filter((m) => {
    if (m.cluster.type !== 'person') return false;
    const verb = tokens[m.to]?.text === ',' ? m.to + 1 : m.to;
    return isSpeechVerb(tokens[verb]);
  });
  return speakers.length === 1 ? speakers[0] : undefined;
}
