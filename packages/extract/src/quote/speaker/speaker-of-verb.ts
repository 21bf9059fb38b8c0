import type { MentionIndex } from '../../entity/mention-index.js';
import { isAcronym } from '../../entity/name-shape.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import { absoluteSubject } from './absolute-subject.js';
import type { Attribution } from './attribution.js';
import { conjoinedSubject } from './conjoined-subject.js';
import { invertedSpeaker } from './inverted-speaker.js';
import { participleClauseSpeaker } from './participle-clause.js';
import { phraseBefore } from './phrase-before.js';
import { relayedSource } from './relayed-source.js';

/**
 * The speaker of a speech verb at position v: the subject before it (skipping auxiliaries and an
 * appositive between commas) or, when the verb comes first ("said X"), the phrase after it. The rules
 * below, tried in order; the first that finds a speaker gives it.
 */
export function speakerOfVerb(
  doc: Doc,
  idx: MentionIndex,
  v: number,
  from: number,
  to: number,
): Attribution | null {
  const { tokens } = doc;
  const cueTo = v + 1;
  let speaker = invertedSpeaker(doc, idx, v, from, to, cueTo);
  // an -ing clause after a comma: the subject of the clause it hangs on
  if (!speaker && tokens[v - 1]?.text === ',' && tokens[v]!.lower.endsWith('ing'))
    speaker = participleClauseSpeaker(doc, idx, v, from, cueTo);
  if (!speaker) {
    const k = subjectEnd(tokens, v, from);
    speaker =
      conjoinedSubject(doc, idx, v, k, from, cueTo) ??
      absoluteSubject(doc, idx, v, k, from, cueTo) ??
      phraseBefore(doc, idx, k, from, v, cueTo);
  }
  if (!speaker) return null;
  return relayedSource(doc, idx, speaker, to, cueTo) ?? speaker;
}

/** Where the subject before the verb at v ends: past the words between them ("has", "also" …). */
function subjectEnd(tokens: readonly Token[], v: number, from: number): number {
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
  return k;
}
