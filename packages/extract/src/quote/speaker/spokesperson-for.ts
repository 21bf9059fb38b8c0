import type { Cluster, MentionSpan } from '../../entity/grouping/types.js';
import { type MentionIndex, referredBody } from '../../entity/mention-index.js';
import { participantWords } from '../../lexicon/load-lexicons.js';
import { type Doc, sentencesBackFrom } from '../../text/segment.js';
import { isPossessiveMark } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import { type Attribution, describedBy } from './attribution.js';
import { leadingDeterminers } from './token-tests.js';

/** "a spokesperson for the European Commission said": the body speaks through its spokesperson. */
export function spokespersonFor(
  doc: Doc,
  idx: MentionIndex,
  s: number,
  end: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  const head = s + leadingDeterminers(tokens, s, end);
  if (
    quoteWords.spokesHeads.has(tokens[head]?.lower ?? '') &&
    quoteWords.spokesPrepositions.has(tokens[head + 1]?.lower ?? '')
  ) {
    const body = idx.endingAt(end);
    // ("a spokeswoman for Prime Minister Anthony Albanese": a person speaks through a spokesperson "for" them)
    const through = body?.cluster.type !== 'person' || tokens[head + 1]!.lower === 'for';
    if (body && body.from >= head + 2 && through) {
      return describedBy(doc, body.cluster, s, end, cueFrom, cueTo);
    }
  }
  const referred = spokespersonsAnaphor(doc, idx, s, end);
  return referred ? describedBy(doc, referred, s, end, cueFrom, cueTo) : null;
}

/** "the local branch of the Senegalese League for Human Rights said": the body speaks through its unit. */
export function unitSpeaker(
  doc: Doc,
  idx: MentionIndex,
  s: number,
  end: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const unit = unitOf(doc, idx, s + leadingDeterminers(doc.tokens, s, end), end);
  return unit ? describedBy(doc, unit, s, end, cueFrom, cueTo) : null;
}

/** How many words may qualify a unit of a body before its head ("the local branch", "its Dakar regional office"). */
const UNIT_QUALIFIERS = 2;

/**
 * "the local branch of the Senegalese League for Human Rights", "the Dakar office of X": a unit's head, past
 * up to two qualifying words, then "of" and the organization that ends the phrase [head, end), which speaks.
 */
function unitOf(doc: Doc, idx: MentionIndex, head: number, end: number): Cluster | null {
  const body = unitBody(doc, idx, head, end);
  return body && body.to === end ? body.cluster : (ownedUnit(doc, idx, head, end) ?? null);
}

/**
 * "the European Commission's delegation in Skopje", "UNICEF's Liberia office": an organization's possessive,
 * up to two qualifying words, a unit's head and at most "in" and a place to the phrase's end [at, end).
 */
function ownedUnit(doc: Doc, idx: MentionIndex, at: number, end: number): Cluster | undefined {
  const { tokens } = doc;
  const body = idx.covering(at);
  if (!body || body.from !== at || body.cluster.type !== 'organization' || !isPossessiveMark(tokens[body.to]))
    return undefined;
  for (let k = body.to + 1; k <= body.to + 1 + UNIT_QUALIFIERS && k < end; k++) {
    if (!quoteWords.unitHeads.has(tokens[k]!.lower)) continue;
    if (k + 1 === end) return body.cluster;
    const place = tokens[k + 1]!.lower === 'in' ? idx.covering(k + 2) : undefined;
    return place?.from === k + 2 && place.to === end && place.cluster.type === 'location'
      ? body.cluster
      : undefined;
  }
  return undefined;
}

/** The organization after "<unit> of [the]" within [head, to) ("the local branch of X …"), or undefined. */
export function unitBody(doc: Doc, idx: MentionIndex, head: number, to: number): MentionSpan | undefined {
  const { tokens } = doc;
  for (let k = head; k <= head + UNIT_QUALIFIERS && k + 2 < to; k++) {
    if (!quoteWords.unitHeads.has(tokens[k]!.lower)) continue;
    if (tokens[k + 1]!.lower !== 'of') return undefined;
    const at = tokens[k + 2]!.lower === 'the' ? k + 3 : k + 2;
    const body = idx.covering(at);
    return body && body.from === at && body.cluster.type === 'organization' ? body : undefined;
  }
  return undefined;
}

/**
 * "a spokesperson for the agency", "a union spokesperson", "a council spokesman": the organization named
 * before that the noun of a spokesperson's phrase [s, end) refers to, or null.
 */
export function spokespersonsAnaphor(doc: Doc, idx: MentionIndex, s: number, end: number): Cluster | null {
  const { tokens } = doc;
  const head = s + leadingDeterminers(tokens, s, end);
  if (
    end - head === 4 &&
    quoteWords.spokesHeads.has(tokens[head]!.lower) &&
    quoteWords.spokesPrepositions.has(tokens[head + 1]!.lower) &&
    tokens[head + 2]!.lower === 'the'
  )
    return bodyReferredAt(doc, idx, head + 3);
  if (end - head === 2 && quoteWords.spokesHeads.has(tokens[head + 1]!.lower))
    return bodyReferredAt(doc, idx, head);
  return null;
}

/** How many sentences back "the agency" in a spokesperson's phrase looks for its organization. */
const SPOKES_SENTENCES = 4;

/** The organization an anaphor noun at k ("agency", "union") refers to, or null. */
function bodyReferredAt(doc: Doc, idx: MentionIndex, k: number): Cluster | null {
  const { tokens } = doc;
  const t = tokens[k]!;
  if (t.cap || !participantWords.organizationAnaphors.has(t.lower)) return null;
  const lookback = sentencesBackFrom(doc, k, SPOKES_SENTENCES);
  return referredBody(idx, tokens, k, lookback)?.cluster ?? null;
}
