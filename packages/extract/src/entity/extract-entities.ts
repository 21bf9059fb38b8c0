import { makeEvidenceUtf16, normalizeText } from '@newsfacts/evidence';
import type { Entity } from '@newsfacts/schemas';
import type { ArticleContext } from '../context.js';
import { GENERATOR } from '../generator.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import { findCandidates } from './find-mentions.js';
import { groupMentions } from './group-mentions.js';
import { clusterName } from './grouping/cluster-name.js';
import type { Cluster, MentionSpan } from './grouping/types.js';

/** Entities of an article, with a lookup from token position to the entity mentioned there. */
export interface EntityResult {
  entities: Entity[];
  /** Entity id of each cluster. */
  idOf: Map<Cluster, string>;
  /** Mentions sorted by start token. */
  mentions: MentionSpan[];
  /** Entity id by canonical name, for demonym links. */
  byName: Map<string, string>;
}

export function extractEntities(ctx: ArticleContext): EntityResult {
  const { doc } = ctx;
  const clusters = mergeCountryBranches(
    doc,
    mergeSameNames(doc, groupMentions(doc, findCandidates(doc, ctx.source.outlet))),
  );
  clusters.sort((x, y) => x.mentions[0]!.from - y.mentions[0]!.from);
  const idOf = new Map<Cluster, string>();
  const entities: Entity[] = [];
  const byName = new Map<string, string>();
  let mentionNo = 0;
  for (const cl of clusters) {
    const id = `e${entities.length + 1}`;
    idOf.set(cl, id);
    const name = normalizeText(clusterName(doc, cl)) || 'unnamed';
    const aliases = new Set<string>();
    const mentions: Entity['mentions'] = [];
    for (const m of cl.mentions) {
      const from16 = doc.tokens[m.from]!.start;
      const to16 = doc.tokens[m.to - 1]!.end;
      const surface = normalizeText(doc.text.slice(from16, to16));
      if (surface && surface !== name) aliases.add(surface);
      mentions.push({
        id: `m${++mentionNo}`,
        form: m.form,
        evidence: makeEvidenceUtf16(ctx.source.id, ctx.cp, from16, to16),
        provenance: {
          method: 'extracted',
          rule: m.rule,
          confidence: m.confidence,
          generator: GENERATOR,
          changes: [],
        },
      });
    }
    byName.set(name.toLowerCase(), id);
    entities.push({
      id,
      type: cl.type,
      name,
      aliases: [...aliases].sort(),
      qid: cl.gaz?.qid ?? null,
      iso3166_1_alpha2: cl.iso ?? (cl.type === 'location' ? (lexicon.country(name)?.iso ?? null) : null),
      mentions,
      provenance: {
        method: 'extracted',
        rule: cl.mentions[0]!.rule,
        confidence: Math.max(...cl.mentions.map((m) => m.confidence)),
        generator: GENERATOR,
        changes: [],
      },
    });
  }
  return { entities, idOf, mentions: inTextOrder(clusters, doc.tokens.length), byName };
}

/**
 * Every cluster's mentions in text order, ties in cluster order: what a stable sort of their concatenation by
 * start token gives, as a counting sort over the token positions (flatMap and a sort with a comparator took
 * more time than the rest of this step).
 */
function inTextOrder(clusters: readonly Cluster[], tokens: number): MentionSpan[] {
  const at = new Int32Array(tokens + 1);
  for (const cl of clusters) for (const m of cl.mentions) at[m.from + 1]!++;
  for (let k = 1; k <= tokens; k++) at[k]! += at[k - 1]!;
  const out = new Array<MentionSpan>(at[tokens]!);
  for (const cl of clusters) for (const m of cl.mentions) out[at[m.from]!++] = m;
  return out;
}

/**
 * One name, one entity: "Scientology" typed as a place after "in" and as an organization elsewhere is the
 * same entity; it keeps the type of the cluster with the most mentions typed by evidence, not by the
 * name's shape alone ("Sinn Féin leader X" over two "Sinn Féin" that look like a personal name), then with
 * the most mentions (the first on a tie).
 */
function mergeSameNames(doc: Doc, clusters: Cluster[]): Cluster[] {
  const byName = new Map<string, Cluster>();
  const out: Cluster[] = [];
  for (const cl of clusters) {
    const key = clusterName(doc, cl).toLowerCase();
    const other = byName.get(key);
    if (!other || other.type === cl.type) {
      if (!other) byName.set(key, cl);
      out.push(cl);
      continue;
    }
    const typed = strongMentions(cl) - strongMentions(other);
    const first = typed !== 0 ? typed > 0 : cl.mentions.length > other.mentions.length;
    const [keep, drop] = first ? [cl, other] : [other, cl];
    for (const m of drop.mentions) m.cluster = keep;
    keep.mentions.push(...drop.mentions);
    keep.mentions.sort((x, y) => x.from - y.from);
    keep.gaz ??= drop.gaz;
    keep.iso ??= drop.iso;
    byName.set(key, keep);
    out.splice(out.indexOf(other), 1, keep);
  }
  return out;
}

function strongMentions(cl: Cluster): number {
  let n = 0;
  for (const m of cl.mentions) if (!m.weak) n++;
  return n;
}

/**
 * "United Kingdom Home Office" and "the Home Office" in one article: an organization named by a country
 * and then another organization's whole name is that organization, written in full.
 */
function mergeCountryBranches(doc: Doc, clusters: Cluster[]): Cluster[] {
  const orgs = new Map<string, Cluster>();
  for (const cl of clusters) if (cl.type === 'organization') orgs.set(clusterName(doc, cl).toLowerCase(), cl);
  const dropped = new Set<Cluster>();
  for (const cl of clusters) {
    if (cl.type !== 'organization') continue;
    const words = clusterName(doc, cl).split(' ');
    for (let k = 1; k < Math.min(4, words.length); k++) {
      const bare = orgs.get(words.slice(k).join(' ').toLowerCase());
      if (!bare || bare === cl || dropped.has(bare) || !lexicon.country(words.slice(0, k).join(' ')))
        continue;
      for (const m of cl.mentions) m.cluster = bare;
      bare.mentions.push(...cl.mentions);
      bare.mentions.sort((x, y) => x.from - y.from);
      dropped.add(cl);
      break;
    }
  }
  return dropped.size === 0 ? clusters : clusters.filter((cl) => !dropped.has(cl));
}
