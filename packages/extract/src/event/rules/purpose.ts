import type { Token } from '../../text/tokenize.js';
import { cameoVerbs } from '../cameo/read-cameo-verbs.js';
import type { Hit } from '../trigger-hit.js';

/**
 * "summoned the ambassador to complain of …", "sent personnel to Bosnia to investigate …": a verb after
 * "to" that follows a meeting, moving or sending act is that act's purpose, an event of its own when it
 * is an act of speech or protest, not a complement the act governs ("refused to release", "urged X to
 * support") nor an aim ("launched a program to encourage interest in science").
 */
export function isPurposeOf(tokens: readonly Token[], head: Hit, h: Hit, all: readonly Hit[]): boolean {
  if (!isPurposeHead(head) || !cameoVerbs.purposeActs.has(h.t.type) || tokens[h.from - 1]?.lower !== 'to')
    return false;
  if (h.from <= head.to || h.from - head.to > cameoVerbs.purposeGap) return false;
  // "met with members and urged them to back the package": a verb of another kind between governs it
  return !all.some((g) => g.t.w >= 2 && g.from >= head.to && g.to < h.from && !isPurposeHead(g));
}

function isPurposeHead(g: Hit): boolean {
  return cameoVerbs.purposeHeads.has(g.t.type) && !cameoVerbs.failures.has(g.t.t);
}
