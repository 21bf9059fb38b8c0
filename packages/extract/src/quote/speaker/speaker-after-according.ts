import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import type { Attribution } from './attribution.js';
import { authorAfterBy } from './author-after-by.js';
import { personOfPhrase } from './person-of-phrase.js';
import { phraseAfter } from './phrase-after.js';

/** The speaker named by "according to X" at position k. */
export function speakerAfterAccording(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  to: number,
): Attribution | null {
  return authorAfterBy(doc, idx, personOfPhrase(doc, idx, phraseAfter(doc, idx, k + 2, to, k, k + 2), to));
}
