import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { resolvePronoun } from './resolve-pronoun.js';

/**
 * "She blamed the Treasury for the delay, saying …": a personal pronoun opening the clause (at `start`) is
 * its subject; the -ing verb at v is spoken by the person it stands for.
 */
export function clausePronoun(
  doc: Doc,
  idx: MentionIndex,
  start: number,
  v: number,
  cueTo: number,
): Attribution | null {
  const p = resolvePronoun(doc, idx, start, doc.tokens[start]!.lower);
  return p ? namedSpeaker(p, v, cueTo) : null;
}
