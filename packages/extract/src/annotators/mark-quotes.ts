import type { Cluster } from '../entity/grouping/types.js';
import type { Statement } from '../event/find-events.js';
import { defineAnnotator } from '../pipeline/annotator.js';

/** A direct quote this long or longer is speech, not a quoted phrase inside the writer's sentence. */
const LONG_QUOTE_WORDS = 4;

/**
 * What the quotes cover, token by token, and the attributed direct quotes as statements: event finding
 * reads them to tell the writer's assertions from what someone is quoted saying.
 */
export const markQuotes = defineAnnotator({
  name: 'mark-quotes',
  needs: ['segments', 'entities', 'quotes'],
  adds: ['quoteMarks', 'statements'],
  run: ({ cp, segments, entities, quotes }) => {
    const n = segments.tokens.length;
    const quoted = new Uint8Array(n);
    const reported = new Uint8Array(n);
    const shortQuoted = new Uint8Array(n);
    const startToken = tokenAtOffset(segments.tokens);
    const tokenAt = (codePoint: number) => startToken(cp.toUtf16(codePoint));
    for (const q of quotes) {
      const words = countSpaces(q.text) + 1;
      const mark = q.kind !== 'direct' ? reported : words >= LONG_QUOTE_WORDS ? quoted : shortQuoted;
      mark.fill(1, tokenAt(q.evidence.start), tokenAt(q.evidence.end));
    }
    const clusterOf = new Map<string, Cluster>();
    for (const [cl, id] of entities.idOf) clusterOf.set(id, cl);
    const statements: Statement[] = [];
    for (const q of quotes) {
      const speaker = q.speaker ? clusterOf.get(q.speaker) : undefined;
      if (q.kind !== 'direct' || !speaker || !q.cue) continue;
      statements.push({
        quoteFrom: tokenAt(q.evidence.start),
        quoteTo: tokenAt(q.evidence.end),
        cueFrom: tokenAt(q.cue.evidence.start),
        cueTo: tokenAt(q.cue.evidence.end),
        speaker,
      });
    }
    return { quoteMarks: { quoted, shortQuoted, reported }, statements };
  },
});

/** Number of spaces in a string (one less than its words when split on a space). */
function countSpaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** Index of the first token starting at or after a UTF-16 offset (binary search). */
function tokenAtOffset(tokens: readonly { readonly start: number }[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
