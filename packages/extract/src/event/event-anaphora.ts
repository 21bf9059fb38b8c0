import { lexicon, participantWords } from '../lexicon/load-lexicons.js';
import type { Token } from '../text/tokenize.js';
import { isPossessiveMark } from '../text/tokenize.js';
import { isNounMarker } from './cameo/match-cameo-verb.js';
import type { FoundEvent } from './found-event.js';
import { speechActWords } from './rules/speech-act-words.js';

const DEFINITE = participantWords.definiteDeterminers;

/** A definite article before a trigger (adjectives allowed, names not), or "was a …" (predicate noun). */
export function isAnaphoricAt(
  tokens: readonly Token[],
  at: number,
  clauseFrom: number,
  weight: number,
): boolean {
  if (weight >= 2) return false;
  for (let k = at - 1; k >= Math.max(clauseFrom, at - 4); k--) {
    const t = tokens[k]!;
    if (DEFINITE.has(t.lower)) return true;
    if (lexicon.indefiniteArticles.has(t.lower) && speechActWords.copulas.has(tokens[k - 1]?.lower ?? ''))
      return true;
    if (t.cap || t.kind !== 'word' || lexicon.indefiniteArticles.has(t.lower)) break;
  }
  return false;
}

/** "the minister's arrival", "his resignation": a possessor within a few words before the trigger. */
export function isPossessed(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = tokens[k]!;
    if (isPossessiveMark(t) || participantWords.possessiveDeterminers.has(t.lower)) return true;
    if (t.kind !== 'word' || t.cap) break;
  }
  return false;
}

/** Whether an event's clause opens with a definite subject that its verb trigger refers back to. */
export function isAnaphoric(tokens: readonly Token[], e: FoundEvent): boolean {
  // a definite subject at the start of the clause: "The talks fizzled out", "The attempt ultimately failed"
  const first = tokens[e.spans[0]!.from]!;
  if (DEFINITE.has(first.lower) && e.trigger.w >= 2 && !isComplementizer(tokens, e.spans[0]!.from)) {
    // ("The agency asked …": a body that acts again is a new event, not the last one retold)
    for (let k = e.spans[0]!.from + 1; k < e.triggerFrom; k++)
      if (tokens[k]!.cap || isBodyNoun(tokens[k]!)) return false;
    return true;
  }
  return false;
}

/** A common noun for a body or a group that acts ("the ministry", "the union", "officials", "protesters"). */
export function isBodyNoun(t: Token): boolean {
  return (
    participantWords.organizationAnaphors.has(t.lower) ||
    participantWords.groupNouns.has(t.lower) ||
    lexicon.agentWords.has(t.lower) ||
    // ("the opposition parties", "the unions": the plural of a body's noun)
    (t.lower.endsWith('s') && participantWords.organizationAnaphors.has(singular(t.lower)))
  );
}

/** "parties" → "party", "unions" → "union". */
function singular(w: string): string {
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
}

/**
 * "said that it welcomed the visit", "that the talks failed": "that" before a pronoun, a name or a determiner
 * opens a clause, it is no demonstrative of a noun.
 */
function isComplementizer(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'that') return false;
  const next = tokens[k + 1];
  return (
    next !== undefined && (next.cap || participantWords.subjectPronouns.has(next.lower) || isNounMarker(next))
  );
}
