import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { timeWords } from '../time-words.js';

/** Modal words that tell a clause in the future, and the words before "to" that do ("plans to", "is due to"). */
const FUTURE_MODALS = timeWords.futureModals;
export const FUTURE_BEFORE_TO = timeWords.futureBeforeTo;
/** Words that open another clause: a future word before them is not the date's. */
const CLAUSE_OPENERS = timeWords.clauseOpeners;
/** Clause openers that are also prepositions ("before a judge", "after the vote"). */
const PREPOSITION_OPENERS = timeWords.prepositionOpeners;

/**
 * How far before a date its clause's modal may stand ("is scheduled to make his first appearance before a
 * federal judge in San Diego on Monday": fourteen words).
 */
const FUTURE_REACH = 18;

/** Whether the clause that holds the date at `a` is told in the future (a modal or "plans to" before it). */
function futureInClause(tokens: readonly Token[], a: number): boolean {
  let past = false;
  return inClauseBefore(tokens, Math.max(0, a - FUTURE_REACH), a, (k) => {
    // ("promised that their offerings would multiply tenfold within a year appeared … on Monday": a verb in the
    // past between the modal and the date is the date's own)
    if (past) return false;
    if (isFutureAt(tokens, k)) return true;
    past = isPastVerb(tokens, k);
    return false;
  });
}

/**
 * A finite verb in the past ("appeared", "became"): a word in -ed of five letters or more or an irregular past
 * form, no auxiliary or "to" before it.
 */
function isPastVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.cap || t.kind !== 'word') return false;
  if (!(t.lower.length >= 5 && t.lower.endsWith('ed')) && !timeWords.irregularPast.has(t.lower)) return false;
  const before = tokens[k - 1]?.lower ?? '';
  return !AUXILIARIES.has(before);
}

/** Words before a participle that make it no finite verb ("is scheduled", "has agreed", "to be"). */
const AUXILIARIES: ReadonlySet<string> = new Set(lexicon.triggerSenses.participle_auxiliaries);

/**
 * Whether `test` holds of a word of the date's own clause, from the date at `a` back to `from`: the scan
 * stops at a mark or a word that opens another clause.
 */
function inClauseBefore(
  tokens: readonly Token[],
  from: number,
  a: number,
  test: (k: number) => boolean,
): boolean {
  for (let k = a - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (isClauseMark(t)) return false;
    // "his U.S. and Japanese counterparts": "and" before a capitalised word joins names, not clauses
    // ("before a federal judge": "before" or "after" with an article after it is a preposition, not a clause)
    if (
      CLAUSE_OPENERS.has(t.lower) &&
      !(t.lower === 'and' && tokens[k + 1]?.cap) &&
      !(PREPOSITION_OPENERS.has(t.lower) && lexicon.articles.has(tokens[k + 1]?.lower ?? ''))
    )
      return false;
    if (test(k)) return true;
  }
  return false;
}

/** A modal, or a word such as "plans" before "to", at `k`: the clause is told in the future. */
function isFutureAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  return FUTURE_MODALS.has(w) || (FUTURE_BEFORE_TO.has(w) && tokens[k + 1]?.lower === 'to');
}

/** A mark that ends a clause (a hyphen or an apostrophe does not). */
const isClauseMark = (t: Token) => t.kind === 'punct' && t.text !== '-' && t.text !== "'";

/** Whether the clause that holds the date at a..b is told in the future, before the date or after it as a frame. */
export function toldInFuture(tokens: readonly Token[], from: number, a: number, b: number): boolean {
  return futureInClause(tokens, a) || futureAfterFront(tokens, from, a, b);
}

/**
 * "On Monday, Leo will pray …", "Tuesday, the council is due to vote": a date that opens the sentence and is
 * set off by a comma frames a clause told in the future when a modal or "plans to" follows within it.
 */
function futureAfterFront(tokens: readonly Token[], from: number, a: number, b: number): boolean {
  const opens = a === from || (a === from + 1 && tokens[from]!.lower === 'on');
  if (!opens || tokens[b]?.text !== ',') return false;
  for (let k = b + 1; k < Math.min(tokens.length, b + 12); k++) {
    const t = tokens[k]!;
    if (isClauseMark(t) || CLAUSE_OPENERS.has(t.lower)) return false;
    if (isFutureAt(tokens, k)) return true;
  }
  return false;
}

/** A word of the sentence before the date that points ahead ("will", "would", "plans to"). */
export function futureBefore(tokens: readonly Token[], from: number, a: number): boolean {
  // only the date's own clause: "agreed to buy X …, which withdrew its offer in January" tells January past
  return inClauseBefore(tokens, from, a, (k) => timeWords.futureMarkers.has(tokens[k]!.lower));
}
