import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { isAfterPreposition, isPossessor, leadingDeterminers } from './token-tests.js';

/**
 * A named subject at the start of the phrase [s, end): "Kenya Power engineers said" (in "Radio Mada, a
 * private station in Kenya had stated" the phrase is the appositive after the comma, and `appositiveHead`
 * finds Radio Mada).
 */
export function namedPhraseStart(
  doc: Doc,
  idx: MentionIndex,
  s: number,
  end: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  const inside = idx
    .inRange(s, end)
    .filter((x) => !isPossessor(doc, x.to) && !isAfterPreposition(tokens, x.from));
  const first = inside[0];
  // "the California-based company", "a Kremlin-backed group": a name joined to a participle modifies the head
  const modifier =
    first !== undefined && tokens[first.to]?.text === '-' && tokens[first.to + 1]?.cap === false;
  if (first && !modifier && first.from === s + leadingDeterminers(tokens, s, end)) {
    return namedSpeaker(first, cueFrom, cueTo);
  }
  return null;
}
