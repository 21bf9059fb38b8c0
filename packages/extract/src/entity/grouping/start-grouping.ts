import type { GazetteerEntry } from '@newsfacts/gazetteer';
import type { Candidate, NameType } from '../candidates/candidate.js';
import type { MentionForm } from '../types.js';
import type { Cluster, Grouping } from './types.js';

const CONFIDENCE: Record<MentionForm, number> = {
  name: 0.9,
  alias: 0.85,
  title: 0.85,
  surname: 0.8,
  possessive: 0.8,
  abbreviation: 0.8,
  metonym: 0.6,
  description: 0.6,
  byline: 0.9,
};

/**
 * No clusters yet, and the ways to make and find them: "Ruth Ames" creates a cluster (found again by its
 * gazetteer entry, country code or type and key), and each mention is added to one.
 */
export function startGrouping(): Grouping {
  const clusters: Cluster[] = [];
  const byGaz = new Map<GazetteerEntry, Cluster>();
  const byKey = new Map<string, Cluster>();
  const byIso = new Map<string, Cluster>();
  const persons: Cluster[] = [];
  const add = (cl: Cluster, c: Candidate, form: MentionForm, from = c.from, to = c.coreTo) => {
    const coreFrom = Math.min(Math.max(c.coreFrom, from), to);
    cl.mentions.push({
      from,
      to,
      coreFrom,
      form,
      rule: c.rule,
      confidence: CONFIDENCE[form],
      weak: c.weak,
      cluster: cl,
    });
    if (form === 'name' || form === 'title') cl.anchors.push(from);
    for (const t of c.titles) cl.titles.add(t);
    cl.keys.add(c.key);
  };
  const create = (c: Candidate, type: NameType): Cluster => {
    const cl: Cluster = {
      type,
      mentions: [],
      words: new Set(),
      keys: new Set(),
      gaz: c.gaz,
      iso: c.iso,
      titles: new Set(),
      canonical: c.canonical,
      fullName: null,
      anchors: [],
      gender: null,
    };
    clusters.push(cl);
    if (c.gaz) byGaz.set(c.gaz, cl);
    if (c.iso) byIso.set(c.iso, cl);
    byKey.set(`${type}:${c.key}`, cl);
    if (type === 'person') persons.push(cl);
    return cl;
  };
  const known = (c: Candidate, type: NameType): Cluster | undefined =>
    (c.gaz ? byGaz.get(c.gaz) : undefined) ??
    (c.iso ? byIso.get(c.iso) : undefined) ??
    byKey.get(`${type}:${c.key}`);
  /** The organization, else the place, of the candidate's key that the article named so far. */
  const namedAs = (c: Candidate): Cluster | undefined =>
    byKey.get(`organization:${c.key}`) ?? byKey.get(`location:${c.key}`);
  return { clusters, byGaz, persons, add, create, known, namedAs };
}
