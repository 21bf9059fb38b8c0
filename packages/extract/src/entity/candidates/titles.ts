import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import type { MentionSpan } from '../grouping/types.js';
import type { MentionIndex } from '../mention-index.js';
import { looksLikePersonName } from '../name-shape.js';

/** First words of the titles, so most positions are ruled out with one lookup. */
const TITLE_FIRST_WORDS = new Set([...lexicon.titles].map((t) => t.split(' ')[0]!));
const startsTitle = wordFact((w) => TITLE_FIRST_WORDS.has(stripEx(w)));

/** Number of tokens of a title at position a (0 when none): "Prime Minister", "Minister of Information". */
export function titleLength(tokens: readonly Token[], a: number, to: number): number {
  if (!startsTitle(tokens[a]!)) return 0;
  for (let n = Math.min(3, to - a); n >= 1; n--) {
    const words: string[] = [];
    for (let k = a; k < a + n; k++) words.push(stripEx(tokens[k]!.lower));
    if (!lexicon.titles.has(words.join(' '))) continue;
    let len = n;
    // "Minister of Information", "Secretary of State", "Minister for Planning"
    const of = tokens[a + len];
    const obj = tokens[a + len + 1];
    const ofFor = entityWords.portfolioPrepositions.has(of?.lower ?? '');
    if (ofFor && obj && a + len + 1 < to && lexicon.titleOfObjects.has(obj.lower)) len += 2;
    // a title abbreviation's dot ("Gen.")
    if (tokens[a + len]?.text === '.' && tokens[a + len]!.start === tokens[a + len - 1]!.end) len++;
    return Math.min(len, to - a);
  }
  return 0;
}

/**
 * "founded by Dean Kamen": a title word that is also a given name, before one capitalized word that is not
 * a given name, opens a personal name.
 */
export function isGivenNameBeforeSurname(tokens: readonly Token[], a: number, to: number): boolean {
  const w = tokens[a]!.lower;
  if (!lexicon.maleNames.has(w) && !lexicon.femaleNames.has(w)) return false;
  const end = tokens[to - 1]!.text === '.' ? to - 1 : to;
  return (
    end === a + 2 && !lexicon.givenNames.has(tokens[a + 1]!.lower) && looksLikePersonName(tokens, a + 1, end)
  );
}

/**
 * Whether a title of one or two words ends at token k ("president", "chief executive"), read backwards;
 * `word` is the form of token k to look up (its lower case, or that without "ex-").
 */
export function endsTitle(tokens: readonly Token[], k: number, word = tokens[k]?.lower ?? ''): boolean {
  return lexicon.titles.has(word) || lexicon.titles.has(`${tokens[k - 1]?.lower} ${word}`);
}

/** "ex-minister": the title without "ex-". */
export function stripEx(w: string): string {
  return w.startsWith('ex-') ? w.slice(3) : w;
}

/**
 * "Kremlin spokesman Dmitri Volkov", "Council of Governors chairperson Ann Wairimu", "BGMEA Vice-President
 * X", "ZEC chief elections officer Mr X": the person a title names right after an organization's name, or
 * undefined.
 */
export function titledPersonAfter(
  tokens: readonly Token[],
  idx: MentionIndex,
  m: MentionSpan,
): MentionSpan | undefined {
  if (m.cluster.type !== 'organization') return undefined;
  const title = tokens[m.to];
  if (title?.kind !== 'word') return undefined;
  const tl = titleLength(tokens, m.to, Math.min(tokens.length, m.to + 2));
  if (tl === 0) return undefined;
  // ("Universiti Malaya virologist Prof Dr Nor Azizah Hamid": more titles may follow the first, and a
  // lower-case word may qualify the next: "chief elections officer")
  let p = m.to + tl;
  for (let n = 0; n < 3; n++) {
    let more = titleLength(tokens, p, Math.min(tokens.length, p + 3));
    if (more === 0 && tokens[p]?.kind === 'word' && !tokens[p]!.cap)
      more = titleLength(tokens, p + 1, Math.min(tokens.length, p + 4)) > 0 ? 1 : 0;
    if (more === 0) break;
    p += more;
  }
  // (a capitalized word the name does not keep may open it: "Dr Nor Azizah Hamid")
  const person = idx.covering(p) ?? (tokens[p]?.cap ? idx.covering(p + 1) : undefined);
  return person?.cluster.type === 'person' ? person : undefined;
}
