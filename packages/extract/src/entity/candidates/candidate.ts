import { normalizeCore } from '@newsfacts/evidence';
import type { GazetteerEntry } from '@newsfacts/gazetteer';
import type { Doc } from '../../text/segment.js';
import { spanText } from '../name-shape.js';
import type { EntityRuleId } from '../rules/entity-rules.js';
import type { MentionForm } from '../types.js';

export type NameType = 'person' | 'organization' | 'location';

/** A stretch of text that may name an entity, before mentions are grouped into entities. */
export interface Candidate {
  /** Token range of the whole mention, titles included. */
  from: number;
  to: number;
  /** Token range of the name without titles and demonyms. */
  coreFrom: number;
  coreTo: number;
  /** Normalized core text, lower case. */
  key: string;
  /** Core text as written. */
  core: string;
  type: NameType | null;
  form: MentionForm;
  gaz: GazetteerEntry | null;
  /** ISO code when the name is a country. */
  iso: string | null;
  /** Lower-case titles in front of the name ("chief justice"). */
  titles: string[];
  /** Single capitalized word whose status depends on the rest of the article. */
  uncertain: boolean;
  /** Canonical name forced by a lookup (gazetteer name of a possessive or abbreviation). */
  canonical: string | null;
  rule: EntityRuleId;
  /** The type is only a default guess (a two-word name taken for a person, a lone word after "in"). */
  weak: boolean;
  /** Abbreviation written in brackets right after the name: "Sociedad … (SQM)". */
  acronym: string | null;
}

/** The most tokens a name can have. */
export const MAX_NAME_TOKENS = 12;

interface CandidateOptions {
  type: NameType | null;
  form: MentionForm;
  titles: string[];
  uncertain: boolean;
  rule: EntityRuleId;
  gaz?: GazetteerEntry | null;
  iso?: string | null;
  canonical?: string | null;
}

export function makeCandidate(
  doc: Doc,
  from: number,
  to: number,
  a: number,
  b: number,
  o: CandidateOptions,
): Candidate {
  const core = a < b ? spanText(doc.tokens, a, b) : '';
  return {
    from,
    to,
    coreFrom: a,
    coreTo: b,
    key: normalizeCore(core).toLowerCase(),
    core,
    type: o.type,
    form: o.form,
    gaz: o.gaz ?? null,
    iso: o.iso ?? null,
    titles: o.titles,
    uncertain: o.uncertain,
    canonical: o.canonical ?? null,
    rule: o.rule,
    weak: false,
    acronym: null,
  };
}
