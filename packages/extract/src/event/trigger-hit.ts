import type { Trigger } from '../lexicon/load-lexicons.js';
import type { Commitment } from './cameo/code-commitment.js';
import type { EventRuleId } from './rules.js';

/** The parts of a trigger hit that the clause rules read (event/cameo/clause-acts.ts, the purpose and failure rules). */
export interface Hit {
  t: Trigger;
  from: number;
  to: number;
}

/** A trigger found in a clause, with the rule that found it and what the rules after it read. */
export interface TriggerHit extends Hit {
  rule: EventRuleId;
  /** The plain words of the dictionary pattern that coded a CAMEO verb. */
  patternWords?: readonly string[];
  /** That pattern's object slot (words and &synsets). */
  patternObject?: readonly string[];
  /** A verb that refuses what it governs ("reject … the deal"): it counts beside the lexicon's noun. */
  negating?: boolean;
  /** A dictionary verb with a name for object ("ordered Carlos Menem to appear"). */
  dyad?: boolean;
  /** "promised to continue …": a commitment verb and the act it commits to. */
  commitment?: Commitment;
  /** A dictionary verb after "to" with nothing else to show it is an act: it counts only as a purpose. */
  onlyPurpose?: boolean;
}

/** Whether a hit is a CAMEO dictionary verb (not a lexicon trigger). */
export const isCameo = (f: TriggerHit) => f.t.class?.startsWith('cameo:') === true;

/**
 * How far from a dictionary verb its actors, target and pattern words are looked for. News clauses are
 * far shorter; the bound keeps the work per verb constant, so a sentence that never ends (hostile text,
 * a table flattened to one line) costs linear time, not the square of its length.
 */
export const DYAD_WINDOW = 40;
