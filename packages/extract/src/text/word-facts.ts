import type { Token } from './tokenize.js';

/**
 * What the steps look up about a word (its trigger phrases, verb forms, pattern words, …), computed once
 * per distinct lower-case word and kept with it: a lookup in a large word list costs about as much as the
 * rest of the work on a token, and the same words come back in every article. Each fact is a pure
 * function of the word, so where it is computed changes nothing but the time.
 */
export type WordFacts = unknown[];

/**
 * Facts by lower-case word; emptied when it holds MAX_WORDS (a corpus of many names or numbers). Words
 * longer than MAX_LENGTH (no word list has one; hostile text has many) get facts of their own, not kept,
 * so the table stays below a few megabytes.
 */
const facts = new Map<string, WordFacts>();
const MAX_WORDS = 50_000;
const MAX_LENGTH = 40;

/** The fact slots of a lower-case word, shared by every token of that word. */
export function factsOf(lower: string): WordFacts {
  if (lower.length > MAX_LENGTH) return newFacts(lower);
  let f = facts.get(lower);
  if (f === undefined) {
    if (facts.size >= MAX_WORDS) facts.clear();
    f = newFacts(lower);
    facts.set(lower, f);
  }
  return f;
}

/**
 * The word the facts are about, as the first token of it wrote it (slot 0): tokens keep this one string
 * rather than a copy of their own, so the copies die at once and the tokens of one word share it.
 */
export function wordOf(f: WordFacts): string {
  return f[0] as string;
}

/**
 * Slots for every fact declared so far (all are declared when the modules load), so that the arrays of all
 * words have one shape and never grow: reading a slot stays one plain array load.
 */
function newFacts(lower: string): WordFacts {
  const f = new Array<unknown>(slots).fill(undefined);
  f[0] = lower;
  return f;
}

/** Slot 0 holds the word itself (wordOf). */
let slots = 1;

/**
 * A fact about a token's word, computed by `compute` from its lower-case form the first time any token of
 * that word asks. `compute` must not return undefined (the mark of a fact not computed yet).
 */
export function wordFact<T>(compute: (lower: string) => T): (t: Token) => T {
  const slot = slots++;
  return (t) => {
    const f = t.facts;
    let v = f[slot] as T | undefined;
    if (v === undefined) {
      v = compute(t.lower);
      f[slot] = v;
    }
    return v;
  };
}

/**
 * A word fact of several word tests at once, as bits: bit i is set when tests[i] holds of the word ("which
 * of these lists is the word in", read with one slot per token instead of a lookup in each list).
 */
export function wordBits(tests: readonly ((lower: string) => boolean)[]): (t: Token) => number {
  return wordFact((w) => {
    let bits = 0;
    for (let i = 0; i < tests.length; i++) if (tests[i]!(w)) bits |= 1 << i;
    return bits;
  });
}
