import { makeEvidenceUtf16, nameKey, normalizeText } from '@newsfacts/evidence';
import type { Quote } from '@newsfacts/schemas';
import type { ArticleContext } from '../context.js';
import type { Cluster } from '../entity/grouping/types.js';
import type { MentionIndex } from '../entity/mention-index.js';
import { GENERATOR } from '../generator.js';
import { findBlockQuotes } from './find-block-quotes.js';
import { findDirectQuotes } from './find-direct-quotes.js';
import { findIndirectQuotes } from './find-indirect-quotes.js';
import type { ReportedSpan } from './reported-span.js';
import type { Attribution } from './speaker/attribution.js';
import { referredSpeaker } from './speaker/referred-speaker.js';

const CONFIDENCE = { direct: 0.85, block: 0.7, indirect: 0.6 } as const;

/** Direct, block and indirect quotes with speakers, cues and nested reporters. */
export function extractQuotes(ctx: ArticleContext, idx: MentionIndex, idOf: Map<Cluster, string>): Quote[] {
  const { doc } = ctx;
  const direct = findDirectQuotes(doc, idx);
  const blocks = findBlockQuotes(doc, idx);
  const indirect = findIndirectQuotes(doc, idx, direct);
  const items = [
    ...direct.map((q) => ({
      kind: 'direct' as const,
      from: q.from,
      to: q.to,
      attribution: q.attribution,
      rule: q.rule,
    })),
    ...blocks,
    ...indirect,
  ].sort((a, b) => a.from - b.from || a.to - b.to);
  const quotes: Quote[] = [];
  const enclosing = blockCursor(blocks);
  const byName = clustersByName(idOf);
  for (const item of items) {
    const first = doc.tokens[item.from];
    const last = doc.tokens[item.to - 1];
    if (!first || !last || last.end <= first.start) continue;
    const text = normalizeText(doc.text.slice(first.start, last.end));
    if (!text) continue;
    const a = item.attribution && namedByDescription(referredSpeaker(doc, idx, item.attribution), byName);
    const block = item.kind === 'direct' ? enclosing.next(item) : undefined;
    const reportedBy = [...(a?.reportedBy ?? [])];
    if (block)
      reportedBy.push({ speaker: block.attribution.speaker, description: block.attribution.description });
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: item.kind,
      text,
      evidence: makeEvidenceUtf16(ctx.source.id, ctx.cp, first.start, last.end),
      speaker: a?.speaker ? (idOf.get(a.speaker) ?? null) : null,
      speaker_description:
        a && !a.speaker && a.description ? normalizeText(a.description).slice(0, 300) || null : null,
      cue: cueOf(ctx, a),
      reported_by: reportedBy.map((r) => ({
        entity: r.speaker ? (idOf.get(r.speaker) ?? null) : null,
        description: r.speaker ? null : r.description ? normalizeText(r.description) : null,
      })),
      provenance: {
        method: 'extracted',
        rule: item.rule,
        confidence: a ? CONFIDENCE[item.kind] : CONFIDENCE[item.kind] / 2,
        generator: GENERATOR,
        changes: [],
      },
    });
  }
  return quotes;
}

/** The article's entities by the comparison key of each of their names. */
function clustersByName(idOf: Map<Cluster, string>): Map<string, Cluster> {
  const out = new Map<string, Cluster>();
  for (const cl of idOf.keys()) {
    if (cl.type === 'location') continue;
    for (const k of [cl.fullName ?? '', ...cl.keys]) {
      const key = nameKey(k);
      if (key && !out.has(key)) out.set(key, cl);
    }
  }
  return out;
}

/**
 * "Minera Cerro Azul said …" where that mention was read as no name: a speaker described by words that are
 * exactly the name of one of the article's people or bodies is that entity.
 */
function namedByDescription(a: Attribution, byName: Map<string, Cluster>): Attribution {
  if (a.speaker || !a.description) return a;
  const key = nameKey(a.description);
  const named = byName.get(key) ?? bodyNamedFirst(key, a.description, byName);
  return named ? { ...a, speaker: named } : a;
}

/**
 * "Fountain of Grace said" after "Fountain of Grace Prophetic Ministries": capitalized words of two or more
 * that open the name of exactly one of the article's bodies.
 */
function bodyNamedFirst(key: string, description: string, byName: Map<string, Cluster>): Cluster | undefined {
  if (!key.includes(' ') || !/^\p{Lu}/u.test(description)) return undefined;
  let found: Cluster | undefined;
  for (const [name, cl] of byName) {
    if (cl.type !== 'organization' || !name.startsWith(`${key} `)) continue;
    if (found && found !== cl) return undefined;
    found = cl;
  }
  return found;
}

function cueOf(ctx: ArticleContext, a: Attribution | null): Quote['cue'] {
  if (!a) return null;
  const { tokens, text } = ctx.doc;
  const first = tokens[a.cueFrom];
  const last = tokens[a.cueTo - 1];
  if (!first || !last || last.end <= first.start) return null;
  const cueText = normalizeText(text.slice(first.start, last.end));
  if (!cueText) return null;
  return { text: cueText, evidence: makeEvidenceUtf16(ctx.source.id, ctx.cp, first.start, last.end) };
}

/** The block enclosing each quote, for quotes asked in text order: one pass over the blocks, not one per quote. */
function blockCursor(blocks: readonly ReportedSpan[]): {
  next(q: { from: number; to: number }): ReportedSpan | undefined;
} {
  const byStart = [...blocks].sort((a, b) => a.from - b.from);
  let i = 0;
  let widest: ReportedSpan | undefined;
  return {
    next(q) {
      while (i < byStart.length && byStart[i]!.from <= q.from) {
        const b = byStart[i++]!;
        if (!widest || b.to > widest.to) widest = b;
      }
      return widest && widest.to >= q.to ? widest : undefined;
    },
  };
}
