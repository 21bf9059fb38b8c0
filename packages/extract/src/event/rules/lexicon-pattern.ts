import type { Token } from '../../text/tokenize.js';
import { codeCameoForm, findCameoForm } from '../cameo/match-cameo-verb.js';
import { cameoVerbs } from '../cameo/read-cameo-verbs.js';
import { DYAD_WINDOW, type TriggerHit } from '../trigger-hit.js';

/** "suspended part of a military aid program": how far a pattern's object may stand after the verb. */
const PATTERN_OBJECT_GAP = 6;

function nearAfter(tokens: readonly Token[], word: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (w === word || w === `${word}s` || w === `${word}es`) return true;
  }
  return false;
}

/**
 * "lifted the blockade" (CAMEO 0872, RETREAT), "expelled diplomats" (161, SANCTION): a dictionary pattern
 * that matches the clause is more specific than the lexicon's one type for the verb, so its code wins.
 */
export function recodeByPattern(
  tokens: readonly Token[],
  h: TriggerHit,
  clauseFrom: number,
  clauseTo: number,
): TriggerHit {
  if (h.t.w < 2 || h.t.keep) return h;
  const cf = Math.max(clauseFrom, h.from - DYAD_WINDOW);
  const ct = Math.min(clauseTo, h.to + DYAD_WINDOW);
  const form = findCameoForm(tokens, h.from, ct);
  const hit = form ? codeCameoForm(tokens, form, h.from, cf, ct) : null;
  if (!hit?.byPattern || !hit.type || hit.type === h.t.type) return h;
  // "peacekeeping troops have arrived" (074): a pattern on who acts puts a happening outside PLOVER inside it
  if (h.t.type === 'OTHER' && hit.patternSubject && !hit.patternHasNoun)
    return { ...h, t: { ...h.t, type: hit.type }, rule: 'event/lexicon-pattern' };
  if (!hit.patternHasNoun) return h;
  // the pattern's words must be the verb's own object, not words further on in the clause
  const end = Math.min(ct, h.to + PATTERN_OBJECT_GAP);
  if (!hit.patternWords.every((w) => nearAfter(tokens, w, h.to, end))) return h;
  // ("fired on striking workers" is no dismissal: a preposition the pattern lacks puts the words after it)
  const prep = tokens[h.to]?.lower ?? '';
  if (cameoVerbs.objectPrepositions.has(prep) && !hit.patternWords.includes(prep)) return h;
  // another quadrant is another sense of the verb, read by a loose object match
  const quadrant = cameoVerbs.quadrant;
  if (quadrant.get(hit.type) !== quadrant.get(h.t.type)) return h;
  return { ...h, t: { ...h.t, type: hit.type }, rule: 'event/lexicon-pattern' };
}
