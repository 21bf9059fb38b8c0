import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import type { Attribution } from './attribution.js';
import { personOfPhrase } from './person-of-phrase.js';
import { phraseAfter } from './phrase-after.js';

/**
 * Inverted: ', said Kenyan Foreign Minister Jane Doe': a verb that opens the clause, or follows a quote
 * (and its comma), has its speaker after it.
 */
export function invertedSpeaker(
  doc: Doc,
  idx: MentionIndex,
  v: number,
  from: number,
  to: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  const before = tokens[v - 1];
  const inverted =
    v === from ||
    isQuoteMark(before) ||
    (before?.text === ',' && (isQuoteMark(tokens[v - 2]) || v - 1 === from));
  // (not '"too little, too late," noting that 13 departments closed': "that" opens what is reported)
  if (inverted && tokens[v + 1]?.lower !== 'that') {
    return personOfPhrase(doc, idx, phraseAfter(doc, idx, v + 1, to, v, cueTo), to);
  }
  return null;
}

function isQuoteMark(t: Token | undefined): boolean {
  return t !== undefined && /^["“”‘’'«»„]$/.test(t.text);
}
