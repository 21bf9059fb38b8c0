import type { Cluster } from '../entity/grouping/types.js';
import type { MentionIndex } from '../entity/mention-index.js';
import type { Trigger } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { EventRuleId } from './rules.js';

/** How an event is stated, from fact to denial. */
export type Modality = 'asserted' | 'reported' | 'alleged' | 'planned' | 'hypothetical' | 'negated';

/** An event found in one clause, possibly mentioned again later (extra spans). */
export interface FoundEvent {
  type: string;
  /** The rule that found (or last recoded) the event: an id of the catalog in rules.ts. */
  rule: EventRuleId;
  eventClass: string;
  trigger: Trigger;
  triggerFrom: number;
  triggerTo: number;
  /** Evidence token ranges; the first is the main one. */
  spans: { from: number; to: number }[];
  date: string | null;
  explicitDate: boolean;
  participants: { cluster: Cluster; role: 'actor' | 'target' }[];
  location: Cluster | null;
  modality: Modality;
  sentence: number;
  headline: boolean;
  /** Refers back to an earlier mention: "the attack", "The attempt … failed", "was a suicide bombing". */
  anaphoric: boolean;
  /** "the minister's arrival": an event noun with a possessor. */
  possessive: boolean;
  /** Stated in a relative clause of the sentence ("…, which killed …"). */
  relative: boolean;
  /** Every trigger that names the event (one per joined mention). */
  mentions: { from: number; to: number; sentence: number }[];
}

/** A direct quote of a named speaker, as token ranges. */
export interface Statement {
  quoteFrom: number;
  quoteTo: number;
  cueFrom: number;
  cueTo: number;
  speaker: Cluster;
}

export interface EventInputs {
  doc: Doc;
  idx: MentionIndex;
  published: string | null;
  /** 1 on tokens inside long direct quotes (no events are read from them). */
  quoted: Uint8Array;
  /** 1 on tokens inside short direct quotes (only verb triggers count there). */
  shortQuoted: Uint8Array;
  /** 1 on tokens inside indirect quotes (events there are reported). */
  reported: Uint8Array;
  /** Direct quotes of named speakers: a critical one is an ACCUSE event stated by its cue. */
  statements: Statement[];
  /** Entity cluster by lower-case country or region name, for demonyms. */
  countryCluster: (name: string) => Cluster | undefined;
}
