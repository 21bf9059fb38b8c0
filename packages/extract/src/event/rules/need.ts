import { lexicon, type Trigger } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import type { EventInputs } from '../found-event.js';
import type { TriggerHit } from '../trigger-hit.js';
import { speechActWords } from './speech-act-words.js';

/**
 * "said a 'more general reflection' is needed", "announced that it is time for users to move away": a
 * predicate of need in reported speech asks for what is needed (REQUEST, CAMEO 02 appeal). Only inside an
 * indirect quote: a narrated "a permit is required" states a rule, not an appeal. The predicate follows a
 * copula, with at most one adverb between ("is urgently needed"); "is not needed" asks for nothing.
 */
export function needHitAt(input: EventInputs, k: number, from: number, _to: number): TriggerHit | null {
  const { tokens } = input.doc;
  const w = speechActWords;
  const word = tokens[k]!.lower;
  // the word first: most trigger words are neither a need nor "time", and the speech verb is looked for
  // over up to 20 tokens
  const need = w.needPredicates.has(word);
  if (!need && !w.time.has(word)) return null;
  if (input.reported[k] !== 1 && !reportedBySpeechVerb(input, k)) return null;
  let ok = false;
  if (need) ok = copulaBefore(tokens, k, from);
  else
    ok =
      w.timeComplements.has(tokens[k + 1]?.lower ?? '') &&
      w.copulas.has(tokens[k - 1]?.lower ?? '') &&
      tokens[k - 2]?.lower === 'it' &&
      k - 2 >= from;
  if (!ok) return null;
  const t: Trigger = { t: word, type: 'REQUEST', w: 2, class: 'need' };
  return { t, from: k, to: k + 1, rule: 'event/need' };
}

/**
 * 'said a "more general reflection" ((it)) is needed': where the indirect quote was not marked (a quote or a
 * bracket inside it), a verb of indirect speech earlier in the sentence reports the clause.
 */
function reportedBySpeechVerb(input: EventInputs, k: number): boolean {
  const { doc } = input;
  const s = doc.sentences[doc.sentenceOf[k]!]!;
  for (let j = Math.max(s.from, k - REPORT_GAP); j < k; j++)
    if (lexicon.speechVerbs.get(doc.tokens[j]!.lower) === true) return true;
  return false;
}

/** How far before a predicate of need the verb that reports it may stand. */
const REPORT_GAP = 20;

/** "is needed", "are urgently needed": a copula right before, or before one adverb. */
function copulaBefore(tokens: readonly Token[], k: number, from: number): boolean {
  const copulas = speechActWords.copulas;
  if (k - 1 >= from && copulas.has(tokens[k - 1]!.lower)) return true;
  const adverb = tokens[k - 1];
  return (
    k - 2 >= from &&
    adverb?.kind === 'word' &&
    (/ly$/.test(adverb.lower) || speechActWords.needAdverbs.has(adverb.lower)) &&
    copulas.has(tokens[k - 2]!.lower)
  );
}
