import type { GazetteerEntry } from '@newsfacts/gazetteer';
import type { Country } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import type { NameType } from '../candidates/candidate.js';
import type { EntityRuleId } from './entity-rules.js';

/** What is known about a name core (tokens a..b, in a capitalized run ending at `to`) when it is typed. */
export interface NameFacts {
  doc: Doc;
  tokens: readonly Token[];
  a: number;
  b: number;
  to: number;
  core: string;
  /** core.toLowerCase(). */
  lower: string;
  /** Lower-case first and last words of the core. */
  first: string;
  last: string;
  single: boolean;
  titled: boolean;
  sentenceStart: boolean;
  gaz: GazetteerEntry | null;
  country: Country | undefined;
  actor: NameType | undefined;
  /** A single word that is a surname of the actor dictionaries' people. */
  surname: boolean;
  /** Abbreviation in brackets right after the name. */
  acronym: string | null;
  /** Type the words before the name suggest. */
  context: NameType | null;
}

/** A rule's decision: the type (null: not a name at all), and whether it is only a default guess. */
interface TypeDecision {
  type: NameType | null;
  weak?: boolean;
}

/** One typing rule: it decides the type of a name, or passes (undefined) to the next rule. */
export interface TypeRule {
  id: EntityRuleId;
  decide(f: NameFacts): TypeDecision | undefined;
}
