import { normalizeCore } from '@newsfacts/evidence';
import type { Doc } from '../../text/segment.js';
import { type Candidate, makeCandidate } from './candidate.js';

/**
 * "Wikinews spoke with …", "told Reuters": the outlet that publishes the article (its metadata) named in
 * the text is an organization. A candidate with the outlet's name keeps its type when it is one already and
 * is retyped otherwise (a lone unknown word has none); where the outlet's words stand capitalized in the
 * text and no candidate covers them, one is made. Without an outlet nothing changes.
 */
export function markOutlet(doc: Doc, cands: Candidate[], outlet: string | null | undefined): void {
  const words = outletWords(outlet);
  if (!words) return;
  const key = normalizeCore(words.join(' ')).toLowerCase();
  for (const c of cands) {
    if (c.key !== key || c.type === 'organization') continue;
    c.type = 'organization';
    c.rule = 'entity/outlet';
    c.uncertain = false;
    c.weak = false;
  }
  const { tokens } = doc;
  const covered = (from: number, to: number) => cands.some((c) => c.from < to && from < c.to);
  const made: Candidate[] = [];
  for (let k = 0; k + words.length <= tokens.length; k++) {
    if (tokens[k]!.text !== words[0]) continue;
    let n = 1;
    while (n < words.length && tokens[k + n]!.text === words[n]) n++;
    if (n < words.length || covered(k, k + n)) continue;
    made.push(
      makeCandidate(doc, k, k + n, k, k + n, {
        type: 'organization',
        form: 'name',
        titles: [],
        uncertain: false,
        rule: 'entity/outlet',
      }),
    );
  }
  if (made.length === 0) return;
  cands.push(...made);
  cands.sort((x, y) => x.from - y.from || y.to - x.to);
}

/** The outlet's words as the text writes them, without a leading "The"; null when it names no capitalized word. */
function outletWords(outlet: string | null | undefined): string[] | null {
  const words = outlet?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (words.length > 1 && /^the$/i.test(words[0]!)) words.shift();
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0]!)) return null;
  return words;
}
