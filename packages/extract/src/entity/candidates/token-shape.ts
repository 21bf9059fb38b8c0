/** Small facts about the tokens of a capitalized run, asked while it is split and typed. */

import { normalizeCore } from '@newsfacts/evidence';
import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import { demonymOf, isCountryWord } from '../../lexicon/word-lexicon.js';
import type { Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { isAcronym, isNonNameWord, spanText } from '../name-shape.js';

const isOrgHeadOrSuffix = wordFact((w) => lexicon.orgHeads.has(w) || lexicon.legalSuffixes.has(w));

/** The run at i opens its sentence (from), after opening quotes, brackets or dashes only. */
export function isSentenceStart(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /^["“‘'([–—-]$/.test(t.text)) continue;
    return false;
  }
  return true;
}

export function endsInOrgHead(tokens: readonly Token[], to: number): boolean {
  let b = to;
  while (b > 0 && tokens[b - 1]!.text === '.') b--;
  const last = tokens[b - 1];
  return last !== undefined && isOrgHeadOrSuffix(last);
}

/** "British Red Cross": a demonym before a known organization names that organization's national branch. */
export function branchOf(tokens: readonly Token[], a: number, b: number): 'organization' | undefined {
  if (b - a < 2) return;
  const country = isCountryWord(tokens[a]!);
  if (!country && demonymOf(tokens[a]!) === null) return;
  // "Kenya Red Cross": a country's name before a known organization of two words or more
  if (country && b - a < 2) return;
  const rest = normalizeCore(spanText(tokens, a + 1, b)).toLowerCase();
  return lexicon.actorType(rest) === 'organization' ? 'organization' : undefined;
}

export function isCompoundDemonym(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || !lexicon.compass.has(tokens[from]!.lower)) return false;
  const whole = spanText(tokens, from, to).toLowerCase();
  if (lexicon.demonym(whole) && !lexicon.country(whole)) return true;
  const last = tokens[to - 1]!.lower;
  if (!lexicon.demonym(last) || lexicon.country(last)) return false;
  for (let k = from; k < to - 1; k++) if (!lexicon.compass.has(tokens[k]!.lower)) return false;
  return true;
}

/** "(SQM)" right after a name. */
export function bracketedAcronym(tokens: readonly Token[], to: number): string | null {
  const open = tokens[to];
  const acr = tokens[to + 1];
  if (open?.text !== '(' || !acr || tokens[to + 2]?.text !== ')' || !isAcronym(acr.text)) return null;
  return acr.text.replace(/\./g, '');
}

/** "WHO" after "World Health Organization (WHO)": an abbreviation the article defines in brackets, a name. */
export function isDefinedAbbreviation(bracketed: ReadonlySet<string>, t: Token): boolean {
  // (most articles define none: no lookup then)
  return bracketed.size > 0 && bracketed.has(t.text) && isAcronym(t.text);
}

/** A word of the common-word list that is also an English adjective written in names ("New", "Western"). */
export function isCommonAdjectiveInName(t: Token): boolean {
  return lexicon.common.has(t.lower) && entityWords.nameAdjectives.has(t.lower);
}

export function isGroupWord(t: Token): boolean {
  return (
    lexicon.adjectives.has(t.lower) || (lexicon.demonym(t.lower) !== undefined && !lexicon.country(t.lower))
  );
}

export function isAllNonName(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isNonNameWord(tokens[k]!)) return false;
  return true;
}

/** A line of weekdays, months and numbers only ("Monday, June 3"). */
export function isDatelineLike(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !lexicon.weekdays.has(t.lower) && !lexicon.months.has(t.lower)) return false;
  }
  return true;
}
