import { participantWords } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Attribution } from './attribution.js';
import { describedSpeaker } from './described-speaker.js';

/** How many lower-case words "the … union" may have up to its noun ("the garment workers' forum"). */
const ANAPHOR_WORDS = 3;

/**
 * "The group closed its factories, saying …", "the forum rejected the offer and said …": a subject at
 * `start` that is "the" and lower-case words up to an organization noun describes the speaker (extract-quotes
 * resolves the description to the body named before).
 */
export function anaphorSubject(doc: Doc, start: number, v: number, cueTo: number): Attribution | null {
  const { tokens } = doc;
  if (tokens[start]?.lower !== 'the') return null;
  for (let n = 1; n <= ANAPHOR_WORDS && start + n < v; n++) {
    const t = tokens[start + n]!;
    if (t.kind !== 'word' || t.cap) return null;
    if (participantWords.organizationAnaphors.has(t.lower))
      return describedSpeaker(doc, start, start + n + 1, v, cueTo);
  }
  return null;
}
