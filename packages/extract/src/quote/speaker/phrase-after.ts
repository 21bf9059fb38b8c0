import { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { isPossessiveMark } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import { type Attribution, describedBy, namedSpeaker, spokenBy } from './attribution.js';
import { resolvePronoun } from './resolve-pronoun.js';
import { unitBody } from './spokesperson-for.js';
import { hasNoun, isPossessor, MAX_NP } from './token-tests.js';

/**
 * The speaker phrase that starts at `start`, after the cue ("said Jane Doe", "according to the ministry"):
 * a name (past determiners), a pronoun, else the noun phrase up to a stop word or punctuation.
 */
export function phraseAfter(
  doc: Doc,
  idx: MentionIndex,
  start: number,
  to: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  let k = start;
  while (k < to && quoteWords.speakerDeterminers.has(tokens[k]!.lower)) k++;
  let m = idx.covering(k) ?? idx.covering(start);
  // "Guardian journalist Jane Doe": the person after an outlet and a role noun
  if (m && m.cluster.type !== 'person') {
    for (let j = m.to; j < Math.min(to, m.to + 3); j++) {
      const t = tokens[j]!;
      const p = idx.covering(j);
      if (p && p !== m && p.cluster.type === 'person') {
        m = p;
        break;
      }
      if (t.kind !== 'word' || t.cap) break;
    }
  }
  if (m && !isPossessor(doc, m.to)) return namedSpeaker(m, cueFrom, cueTo);
  const w = tokens[start];
  if (w && MentionIndex.isPersonPronoun(w.lower)) {
    const p = resolvePronoun(doc, idx, start, w.lower);
    return spokenBy(p?.cluster ?? null, null, start, start + 1, cueFrom, cueTo);
  }
  // "according to the local branch of the Senegalese League for Human Rights": the body speaks through its unit
  const unit = unitBody(doc, idx, k, to);
  if (unit) return describedBy(doc, unit.cluster, start, unit.to, cueFrom, cueTo);
  let e = start;
  while (e < to && e - start < MAX_NP) {
    const t = tokens[e]!;
    if (t.kind === 'punct' && t.text !== '-' && !isPossessiveMark(t)) break;
    if (
      e > start &&
      quoteWords.nounPhraseStops.has(t.lower) &&
      !(t.lower === 'and' && tokens[e + 1]?.kind === 'word')
    )
      break;
    e++;
  }
  if (e === start || !hasNoun(tokens, start, e)) return null;
  return describedBy(doc, null, start, e, cueFrom, cueTo);
}
