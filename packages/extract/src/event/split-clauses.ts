import { participantWords } from '../lexicon/load-lexicons.js';
import type { Sentence } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { wordFact } from '../text/word-facts.js';

/** Words that open a subordinate clause (a comma before one cuts there too). */
const SPLIT_BEFORE = participantWords.subordinators;
/** Whether a word opens a subordinate clause (read for every word of every sentence: a word fact). */
const opensClause = wordFact((w) => SPLIT_BEFORE.has(w));
/** The only words a clause can be cut at: the subordinating ones, "according" and "and" (a word fact). */
const cutsAt = wordFact((w) => SPLIT_BEFORE.has(w) || w === 'according' || w === 'and');
/** "and" before an auxiliary opens a clause of its own ("… and was still refusing"). */
const AUX_AFTER_AND = participantWords.auxiliariesAfterAnd;
/** ", and" before a subject pronoun or a fronted time phrase opens a clause ("…, and in 2008 the party accused …"). */
const SUBJECT_AFTER_AND = participantWords.subjectsAfterAnd;
const TIME_AFTER_AND = participantWords.timesAfterAnd;
const PREPOSITION_AFTER_AND = participantWords.prepositionsAfterAnd;

/** Clause boundaries: semicolons, colons, dashes, and commas or words that open a subordinate clause. */
export function splitClauses(tokens: readonly Token[], s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  let start = s.from;
  for (let k = s.from + 1; k < s.to; k++) {
    const t = tokens[k]!;
    const w = t.lower;
    let cut = -1;
    // marks and words cut in different ways: a mark needs no word lookup
    if (t.kind === 'punct') {
      if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') cut = k;
      else if (t.text === ',' && tokens[k + 1] && opensClause(tokens[k + 1]!)) cut = k;
    } else if (!cutsAt(t)) continue;
    else if (opensClause(t) && k - start > 2) cut = k;
    else if (w === 'according' && tokens[k + 1]?.lower === 'to') cut = k;
    else if (w === 'and' && AUX_AFTER_AND.has(tokens[k + 1]?.lower ?? '') && k - start > 2) cut = k;
    else if (w === 'and' && tokens[k - 1]?.text === ',' && opensClauseAfterAnd(tokens, k)) cut = k;
    if (cut < 0) continue;
    if (cut > start) out.push([start, cut]);
    start = t.kind === 'punct' ? cut + 1 : cut;
  }
  if (s.to > start) out.push([start, s.to]);
  return out;
}

function opensClauseAfterAnd(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? '';
  if (SUBJECT_AFTER_AND.has(next) || TIME_AFTER_AND.has(next)) return true;
  const after = tokens[k + 2];
  return PREPOSITION_AFTER_AND.has(next) && after !== undefined && (after.kind === 'number' || after.cap);
}

/** A span without the marks at its ends (opening and closing quote marks stay). */
export function trimSpan(tokens: readonly Token[], from: number, to: number): { from: number; to: number } {
  let a = from;
  let b = to;
  while (a < b - 1 && tokens[a]!.kind === 'punct' && !/^["“‘']$/.test(tokens[a]!.text)) a++;
  while (b > a + 1 && tokens[b - 1]!.kind === 'punct' && !/^["”’']$/.test(tokens[b - 1]!.text)) b--;
  return { from: a, to: b };
}
