import { indexCodePoints } from '@newsfacts/evidence';
import type { Entity, Event, EventRelation, Quote, Source } from '@newsfacts/schemas';
import type { ArticleContext } from './context.js';
import { extractEntities } from './entity/extract-entities.js';
import type { Cluster } from './entity/group-mentions.js';
import { MentionIndex } from './entity/mention-index.js';
import { extractEvents } from './event/extract-events.js';
import type { Statement } from './event/find-events.js';
import { extractQuotes } from './quote/extract-quotes.js';
import { segment } from './text/segment.js';

export interface Extraction {
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  relations: EventRelation[];
}

const LONG_QUOTE_WORDS = 4;

/** Candidate entities, quotes, events and relations of one article, with local ids; pure and deterministic. */
export function extractArticle(source: Source, text: string): Extraction {
  const cp = indexCodePoints(text);
  const doc = segment(text);
  const ctx: ArticleContext = { source, cp, doc };
  const { entities, idOf, mentions } = extractEntities(ctx);
  const idx = new MentionIndex(doc, mentions);
  const quotes = extractQuotes(ctx, idx, idOf);
  const quoted = new Uint8Array(doc.tokens.length);
  const reported = new Uint8Array(doc.tokens.length);
  const shortQuoted = new Uint8Array(doc.tokens.length);
  const startToken = tokenAtOffset(doc.tokens.map((t) => t.start));
  for (const q of quotes) {
    const from = startToken(cp.toUtf16(q.evidence.start));
    const to = startToken(cp.toUtf16(q.evidence.end));
    const words = countSpaces(q.text) + 1;
    const mark = q.kind !== 'direct' ? reported : words >= LONG_QUOTE_WORDS ? quoted : shortQuoted;
    mark.fill(1, from, to);
  }
  const clusterOf = new Map<string, Cluster>();
  for (const [cl, id] of idOf) clusterOf.set(id, cl);
  const statements: Statement[] = [];
  for (const q of quotes) {
    const speaker = q.speaker ? clusterOf.get(q.speaker) : undefined;
    if (q.kind !== 'direct' || !speaker || !q.cue) continue;
    statements.push({
      quoteFrom: startToken(cp.toUtf16(q.evidence.start)),
      quoteTo: startToken(cp.toUtf16(q.evidence.end)),
      cueFrom: startToken(cp.toUtf16(q.cue.evidence.start)),
      cueTo: startToken(cp.toUtf16(q.cue.evidence.end)),
      speaker,
    });
  }
  const byCountry = new Map<string, Cluster>();
  for (const [cl, id] of idOf) {
    const e = entities[Number(id.slice(1)) - 1];
    if (e && cl.type === 'location') byCountry.set(e.name.toLowerCase(), cl);
  }
  const { events, relations } = extractEvents(ctx, idx, idOf, {
    quoted,
    shortQuoted,
    reported,
    statements,
    countryCluster: (name) => byCountry.get(name),
  });
  return { entities, quotes, events, relations };
}

/** Number of spaces in a string (one less than its words when split on a space). */
function countSpaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** Index of the first token starting at or after a UTF-16 offset (binary search). */
function tokenAtOffset(starts: readonly number[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
