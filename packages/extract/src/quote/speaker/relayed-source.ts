import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { quoteWords } from '../load-quote-words.js';
import type { Attribution } from './attribution.js';
import { phraseAfter } from './phrase-after.js';

/**
 * "…, Smith says, quoting senior officials": the quoted officials speak, Smith relays them. The source
 * named after the citing participle that follows the speaker found (and its cue ending at cueTo), or null.
 */
export function relayedSource(
  doc: Doc,
  idx: MentionIndex,
  speaker: Attribution,
  to: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  let q = Math.max(cueTo, speaker.speakerTo);
  if (tokens[q]?.text === ',') q++;
  const relay = tokens[q];
  if (relay && quoteWords.citingParticiples.has(relay.lower)) {
    const source = phraseAfter(doc, idx, q + 1, to, speaker.cueFrom, q + 1);
    if (source) {
      return {
        ...source,
        cueFrom: speaker.cueFrom,
        cueTo: q + 1,
        reportedBy: [{ speaker: speaker.speaker, description: speaker.description }],
      };
    }
  }
  return null;
}
