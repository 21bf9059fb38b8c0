import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { spanText } from '../name-shape.js';
import { endsTitle, stripEx, titleLength } from './titles.js';

/*
 * A title's portfolio ("Minister of Economic Affairs", "Minister for Youth and Sports", "Trade Minister"):
 * where it ends and the name of the person holding the title begins (analyzeRun).
 */

/** "of", "for" between a title and its portfolio (asked of the word before every capitalized run: a word fact). */
const isPortfolioPreposition = wordFact((w) => entityWords.portfolioPrepositions.has(w));

/** Number of tokens (0–2) at from that name a portfolio after "<title> for" or "<title> of", before a name. */
export function portfolioAfterTitle(tokens: readonly Token[], from: number, to: number): number {
  // the preposition first: one lookup rules out most runs, before the title's two
  const prep = tokens[from - 1];
  if (prep === undefined || !isPortfolioPreposition(prep)) return 0;
  // ("Committee Member for …": a title of two words)
  if (!endsTitle(tokens, from - 2, stripEx(tokens[from - 2]?.lower ?? ''))) return 0;
  // ("Minister for Youth and Sports X": a run that is all portfolio before the "and" of the next part)
  const whole = tokens[to]?.lower === 'and' ? 0 : 1;
  for (let n = Math.min(2, to - from - whole); n >= 1; n--) {
    if (lexicon.titleOfObjects.has(spanText(tokens, from, from + n).toLowerCase())) return n;
    // "Urban Planning", "Rural Development": an English word before a portfolio of one word
    if (
      n === 2 &&
      lexicon.english.has(tokens[from]!.lower) &&
      lexicon.titleOfObjects.has(tokens[from + 1]!.lower)
    )
      return n;
  }
  // ("Minister of Economic Affairs Riikka Lehtonen", "Registrar of Societies Mma Neo Sekgoma": English words,
  // then a personal name of words that are none)
  return portfolioBeforeName(tokens, from, to);
}

/**
 * Number of capitalised English words at from (none a given name) before a personal name of two words, the
 * first a given name or no English word, or of three words that are no English words, with a title between
 * them or not; 0 when the run does not end so.
 */
function portfolioBeforeName(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  while (
    n < PORTFOLIO_WORDS &&
    from + n < to &&
    isPortfolioWord(tokens[from + n]!) &&
    !isGivenName(tokens[from + n]!)
  )
    n++;
  if (n === 0) return 0;
  const name = from + n + titleLength(tokens, from + n, to);
  // ("Environment Trần Minh Khoa": a name of three words, none an English word)
  if (to - name === 3) return [0, 1, 2].every((j) => !isPortfolioWord(tokens[name + j]!)) ? n : 0;
  return to - name === 2 && (!isPortfolioWord(tokens[name]!) || isGivenName(tokens[name]!)) ? n : 0;
}

/** Where the run of capitalised words at k ends (at most eight words on). */
export function capitalizedRunEnd(tokens: readonly Token[], k: number): number {
  let end = k;
  while (end < tokens.length && end < k + 8 && tokens[end]!.kind === 'word' && tokens[end]!.cap) end++;
  return end;
}

/** How many words a portfolio may have before its "and" ("Foreign Affairs and …"). */
const PORTFOLIO_WORDS = 3;

/**
 * "Minister of Trade and Industry Rebecca Miano", "Minister for Foreign Affairs and East African Cooperation
 * Joseph Mwakalinga": a run right after the "and" of a title's portfolio opens with the rest of that
 * portfolio, up to a given name with a surname after it; its length and the title, or null.
 */
export function portfolioAfterAnd(
  tokens: readonly Token[],
  from: number,
  to: number,
): { n: number; title: string } | null {
  if (tokens[from - 1]?.lower !== 'and') return null;
  let k = from - 2;
  while (k >= from - 1 - PORTFOLIO_WORDS && tokens[k]?.cap && tokens[k]!.kind === 'word') k--;
  if (k === from - 2 || !entityWords.portfolioPrepositions.has(tokens[k]?.lower ?? '')) return null;
  const title = stripEx(tokens[k - 1]?.lower ?? '');
  if (!endsTitle(tokens, k - 1, title)) return null;
  // (the portfolio's words before the given name are English words or demonyms: "East African Cooperation
  // Joseph …", not "Environment Trần Minh Khoa")
  for (let n = 1; n <= PORTFOLIO_WORDS && from + n + 1 < to && isEnglishOrDemonym(tokens[from + n - 1]!); n++)
    if (isGivenName(tokens[from + n]!)) return { n, title };
  // ("Minister for Youth and Sports Jese Saukuru")
  const n = portfolioBeforeName(tokens, from, to);
  return n > 0 ? { n, title } : null;
}

/** A capitalised English word or demonym ("Environment", "African"). */
function isEnglishOrDemonym(t: Token): boolean {
  return t.cap && (lexicon.english.has(t.lower) || lexicon.demonym(t.lower) !== undefined);
}

/** A word of the given-name lists. */
export function isGivenName(t: Token): boolean {
  return lexicon.maleNames.has(t.lower) || lexicon.femaleNames.has(t.lower);
}

/** How many words a minister's portfolio written before the title may have ("Federal Emergency Management"). */
const MINISTER_PORTFOLIO_WORDS = 4;

/**
 * Number of tokens at the end of from..to that name a portfolio ("Trade", "Civil Protection"); before
 * "Minister", every English word that names no place ("Emergency Services Minister X").
 */
export function portfolioBefore(tokens: readonly Token[], from: number, to: number, title: string): number {
  let known = 0;
  for (let n = Math.min(2, to - from); n >= 1 && known === 0; n--)
    if (lexicon.titleOfObjects.has(spanText(tokens, to - n, to).toLowerCase())) known = n;
  if (!title.endsWith('minister')) return known;
  let n = 0;
  while (n < MINISTER_PORTFOLIO_WORDS && to - n - 1 >= from && isPortfolioWord(tokens[to - n - 1]!)) n++;
  return Math.max(known, n);
}

/**
 * A capitalised English word that names no country, people, place or party ("Emergency", "Management"; not
 * "Labour Party Minister X").
 */
function isPortfolioWord(t: Token): boolean {
  return (
    t.kind === 'word' &&
    t.cap &&
    t.lower !== 'party' &&
    lexicon.english.has(t.lower) &&
    lexicon.demonym(t.lower) === undefined &&
    !lexicon.country(t.lower) &&
    !lexicon.places.has(t.lower)
  );
}
