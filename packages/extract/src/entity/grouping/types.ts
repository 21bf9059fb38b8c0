import type { GazetteerEntry } from '@newsfacts/gazetteer';
import type { Candidate, NameType } from '../candidates/candidate.js';
import type { EntityRuleId } from '../rules/entity-rules.js';
import type { MentionForm } from '../types.js';

/** One mention kept for an entity: a token range and how it names the entity. */
export interface MentionSpan {
  from: number;
  to: number;
  /** Where the name proper starts (after titles). */
  coreFrom: number;
  form: MentionForm;
  rule: EntityRuleId;
  confidence: number;
  /** Typed only by the name's shape or one word (a default, not evidence): see Candidate.weak. */
  weak: boolean;
  cluster: Cluster;
}

/** The mentions of one entity within the article. */
export interface Cluster {
  type: NameType;
  mentions: MentionSpan[];
  /** Lower-case words of multi-word personal names. */
  words: Set<string>;
  keys: Set<string>;
  gaz: GazetteerEntry | null;
  iso: string | null;
  titles: Set<string>;
  canonical: string | null;
  /** Longest full name seen. */
  fullName: string | null;
  /** Token positions of full-name mentions, ascending. */
  anchors: number[];
  /** Grammatical gender when a title or a given name tells it ('he'/'she' resolution). */
  gender: 'f' | 'm' | null;
}

/**
 * The clusters made so far and the ways to find them again (see startGrouping): "Ruth Ames" makes a
 * cluster, a later "Ruth Ames" is `known` and joins it.
 */
export interface Grouping {
  clusters: Cluster[];
  byGaz: Map<GazetteerEntry, Cluster>;
  persons: Cluster[];
  add: (cl: Cluster, c: Candidate, form: MentionForm, from?: number, to?: number) => void;
  create: (c: Candidate, type: NameType) => Cluster;
  known: (c: Candidate, type: NameType) => Cluster | undefined;
  /** The organization, else the place, of the candidate's key that the article named so far. */
  namedAs: (c: Candidate) => Cluster | undefined;
}

/**
 * What the full names (step 1) leave to the single words (step 2): the candidates put off ("Ames"), the
 * bracketed abbreviations ("(SQM)"), the words of personal names ("ruth", "ames") and the first words of
 * companies' legal names ("harlow" of "Harlow Freight Holdings Inc.").
 */
export interface FullNames {
  later: Candidate[];
  acronyms: Map<string, Cluster>;
  personIndex: Map<string, Cluster[]>;
  companyFirst: Set<string>;
}

/** What step 2 looks single words up in: step 1's indexes, organizations by initials, short forms, uses per key. */
export interface SingleWordIndexes extends FullNames {
  orgByInitials: Map<string, Cluster>;
  shortForms: Map<string, Cluster>;
  uses: Map<string, number>;
}
