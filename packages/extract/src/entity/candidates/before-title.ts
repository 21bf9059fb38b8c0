import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import { isPossessiveMark, type Token } from '../../text/tokenize.js';
import { countInitialDots, countParticles, looksLikePersonName, spanText } from '../name-shape.js';
import { type Candidate, makeCandidate } from './candidate.js';
import { extendRun } from './extend-run.js';
import { titleLength } from './titles.js';

/**
 * A name written before a title (lower case) and a personal name is the institution the person serves,
 * or the place when the title is a place's official's ("mayor").
 */
export function typeBeforeTitle(c: Candidate, title: string): void {
  c.type = entityWords.placeTitles.has(title.replace(/\.$/, '')) ? 'location' : 'organization';
  c.uncertain = false;
  c.weak = false;
  c.rule = 'entity/before-title';
}

/** Position of a title inside a run that is followed by a personal name, or 0. */
export function innerTitle(tokens: readonly Token[], a: number, to: number): number {
  for (let k = a + 1; k < to - 1; k++) {
    // ("Salto del Guairá": a lower-case word inside a run is a particle, not the abbreviated title "Del.")
    if (!tokens[k]!.cap) continue;
    const tl = titleLength(tokens, k, to);
    if (tl === 0 || k + tl >= to) continue;
    if (!tokens[k - 1]!.cap && tokens[k - 1]!.text !== '.') return 0;
    // "WHO Representative Dr Adama Ouédraogo": titles one after another
    let rest = k + tl;
    for (
      let more = titleLength(tokens, rest, to);
      more > 0 && rest + more < to;
      more = titleLength(tokens, rest, to)
    )
      rest += more;
    const end = tokens[to - 1]!.text === '.' ? to - 1 : to;
    if (end - rest < 1 || nameWords(tokens, rest, end) > 3 || !looksLikePersonName(tokens, rest, end))
      return 0;
    const lastWord = tokens[end - 1]!.lower;
    if (lexicon.orgHeads.has(lastWord) || lexicon.locHeads.has(lastWord)) return 0;
    return k;
  }
  return 0;
}

/**
 * Tokens of a personal name but its particles and its initials' dots ("Ursula von der Leyen", "Tamim bin Hamad
 * Al Thani", "Carolyn M. Reyes": 2, 3, 3).
 */
function nameWords(tokens: readonly Token[], from: number, to: number): number {
  return to - from - countParticles(tokens, from, to) - countInitialDots(tokens, from, to);
}

/**
 * "Labour's Shadow Home Secretary Yvette Cooper": a name not otherwise typed, written as a possessive before
 * a title and a personal name, is the institution (or the place) the person serves.
 */
export function typeBeforeTitledPossessive(
  tokens: readonly Token[],
  c: Candidate,
  j: number,
  end: number,
): void {
  if (c.titles.length > 0 || !(c.type === null || c.weak || c.uncertain)) return;
  if (!isPossessiveMark(tokens[j]) || !tokens[j + 1]?.cap || j + 1 >= end) return;
  const k = extendRun(tokens, j + 1, end);
  const tl = titleLength(tokens, j + 1, k);
  if (tl === 0 || j + 1 + tl >= k || !looksLikePersonName(tokens, j + 1 + tl, k)) return;
  typeBeforeTitle(c, spanText(tokens, j + 1, j + 1 + tl).toLowerCase());
}

/**
 * "Labour's Shadow Home Secretary": a lone word (tokens i..j) that was read as an adjective is a name
 * when it is written as a possessive before a title and a personal name; null when it is not.
 */
export function wordBeforeTitledPossessive(doc: Doc, i: number, j: number, end: number): Candidate | null {
  // most such words take no possessive: no candidate to make (typeBeforeTitledPossessive would leave it untyped)
  if (!isPossessiveMark(doc.tokens[j])) return null;
  const c = makeCandidate(doc, i, j, i, j, {
    type: null,
    form: 'name',
    titles: [],
    uncertain: true,
    rule: 'entity/name',
  });
  typeBeforeTitledPossessive(doc.tokens, c, j, end);
  return c.type !== null ? c : null;
}
