import type { MentionIndex } from '../entity/mention-index.js';
import type { Doc } from '../text/segment.js';
import { isPossessiveMark } from '../text/tokenize.js';
import type { Attribution } from './find-speaker.js';

/**
 * 'Menon spoke to reporters after the meeting.↵"We have made progress …"': a quote standing alone as a
 * sentence, with no cue, is the words of the person who is the subject of the sentence just before it
 * (in the same or the previous paragraph).
 */
export function speakerOfPreviousSentence(doc: Doc, idx: MentionIndex, open: number): Attribution | null {
  const i = doc.sentenceOf[open]!;
  const s = doc.sentences[i - 1];
  if (!s || s.headline || doc.tokens[open]!.para - s.para > 1) return null;
  const subject = idx.inRange(s.from, Math.min(s.to, s.from + 8))[0];
  if (subject?.cluster.type !== 'person' || isPossessiveMark(doc.tokens[subject.to])) return null;
  for (let k = s.from; k < subject.from; k++) if (doc.tokens[k]!.kind === 'punct') return null;
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
