import type { MentionIndex } from '../entity/mention-index.js';
import type { Doc } from '../text/segment.js';
import { isPossessiveMark } from '../text/tokenize.js';
import type { Attribution } from './find-speaker.js';

/**
 * 'Menon spoke to reporters after the meeting.↵"We have made progress …"': a quote standing alone as a
 * sentence, with no cue, is the words of the person who is the subject of the sentence just before it
 * (in the same or the previous paragraph).
 */
/** How far into the sentence its subject may start, and how far after a fronted phrase and its comma. */
const SUBJECT_REACH = 8;
const FRONTED = 14;

export function speakerOfPreviousSentence(doc: Doc, idx: MentionIndex, open: number): Attribution | null {
  const i = doc.sentenceOf[open]!;
  const s = doc.sentences[i - 1];
  if (!s || s.headline || doc.tokens[open]!.para - s.para > 1) return null;
  const subject = idx.inRange(s.from, Math.min(s.to, s.from + FRONTED))[0];
  if (subject?.cluster.type !== 'person' || isPossessiveMark(doc.tokens[subject.to])) return null;
  // "Asked whether he feared for his job, Amorim smiled.": a fronted phrase set off by one comma may come first
  const fronted = subject.from > s.from && doc.tokens[subject.from - 1]!.text === ',';
  if (!fronted && subject.from - s.from > SUBJECT_REACH) return null;
  for (let k = s.from; k < subject.from - (fronted ? 1 : 0); k++)
    if (doc.tokens[k]!.kind === 'punct') return null;
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
