import { lexicon, participantWords } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import { quoteWords } from '../load-quote-words.js';
import type { Attribution } from './attribution.js';
import { describedSpeaker } from './described-speaker.js';

/** How many lower-case words "the … union" may have up to its noun ("the garment workers' forum"). */
const ANAPHOR_WORDS = 3;

/**
 * "The group closed its factories, saying …", "the forum rejected the offer and said …", "the coach thanked
 * the players and said …": a subject at `start` that is "the" and lower-case words up to an organization noun,
 * a title or a noun for a person describes the speaker (extract-quotes resolves the description to the body
 * or the person named before).
 */
export function anaphorSubject(doc: Doc, start: number, v: number, cueTo: number): Attribution | null {
  const { tokens } = doc;
  if (tokens[start]?.lower !== 'the') return null;
  for (let n = 1; n <= ANAPHOR_WORDS && start + n < v; n++) {
    const t = tokens[start + n]!;
    if (t.kind !== 'word') return null;
    // ("the former Peñarol midfielder": a name may qualify a noun for a person, not an organization's noun)
    // ("the former midfielder": "former" only qualifies the title after it)
    if (!t.cap && lexicon.titleModifiers.has(t.lower) && start + n + 1 < v) continue;
    if (quoteWords.personEpithets.has(t.lower) || (!t.cap && lexicon.titles.has(t.lower)))
      return describedSpeaker(doc, start, start + n + 1, v, cueTo);
    if (t.cap) continue;
    if (participantWords.organizationAnaphors.has(t.lower))
      return describedSpeaker(doc, start, start + n + 1, v, cueTo);
  }
  return null;
}
