import type { Cluster, MentionSpan } from '../entity/group-mentions.js';
import type { MentionIndex } from '../entity/mention-index.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Token } from '../text/tokenize.js';
import { isPossessiveMark } from '../text/tokenize.js';
import type { EventInputs, FoundEvent } from './found-event.js';

/** Adds a cluster to an event's participants once, in the role it is first found in. */
export function addParticipant(
  list: FoundEvent['participants'],
  seen: Set<Cluster>,
  cluster: Cluster,
  role: 'actor' | 'target',
): void {
  if (seen.has(cluster)) return;
  seen.add(cluster);
  list.push({ cluster, role });
}

/** Event types that are themselves speech acts: the speaker of a report is their actor. */
export const SPEECH_TYPES = new Set([
  'ACCUSE',
  'REJECT',
  'REQUEST',
  'THREATEN',
  'SUPPORT',
  'AGREE',
  'CONCEDE',
]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** "X said (that) it was cooperating": the reported clause's subject is the speaker. */
export function speakerIsSubject(input: EventInputs, at: number): boolean {
  const { tokens } = input.doc;
  let k = at;
  for (let n = 0; k > 0 && input.reported[k - 1] === 1 && n < 400; n++) k--;
  if (tokens[k]?.lower === 'that') k++;
  return SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '');
}

/** "Pakistan's military government": a group acting for the country within the next few words. */
export function isGroupNoun(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + 3); j++) {
    if (GROUP_NOUNS.has(tokens[j]!.lower)) return true;
    if (tokens[j]!.kind !== 'word') return false;
  }
  return false;
}

/** "Pakistan's …": a mention followed by a possessive mark. */
export function isPossessor(tokens: readonly Token[], m: MentionSpan): boolean {
  return isPossessiveMark(tokens[m.to]);
}

/** Nouns for people acting for a country: "Indian authorities", "Pakistani military leaders". */
const GROUP_NOUNS = new Set([
  'officials',
  'official',
  'authorities',
  'government',
  'governments',
  'army',
  'troops',
  'forces',
  'military',
  'leaders',
  'leadership',
  'police',
  'soldiers',
  'diplomats',
  'delegation',
  'delegations',
  'negotiators',
  'side',
  'sides',
  'security',
  'intelligence',
  'navy',
  'officers',
  'ministers',
  'lawmakers',
  'regime',
  'administration',
  'nationals',
  'citizens',
  'counterparts',
  'counterpart',
  'envoys',
  'envoy',
  'warplanes',
  'jets',
  'guards',
]);

/**
 * A demonym stands for its country when it names a group acting for it ("Indian officials", "Indian and
 * Pakistani officials", "Indians"), not inside a person's title ("Former Pakistani Prime Minister Benazir
 * Bhutto") or before a thing ("the Indian run bus").
 */
export function isGroupDemonym(tokens: readonly Token[], k: number, end: number, idx: MentionIndex): boolean {
  const m = idx.covering(k);
  if (m && m.cluster.type === 'person') return false;
  if (/s$/.test(tokens[k]!.lower) && !/(ese|ss)$/.test(tokens[k]!.lower)) return true;
  for (let j = k + 1; j < Math.min(end, k + 5); j++) {
    const t = tokens[j]!;
    if (GROUP_NOUNS.has(t.lower)) return true;
    // "Indian and Pakistani officials", "hardline Pakistani military leaders"
    if (t.lower === 'and' || t.lower === ',' || (t.cap && lexicon.demonym(t.lower))) continue;
    if (t.kind !== 'word' || t.cap || j > k + 2) return false;
  }
  return false;
}
