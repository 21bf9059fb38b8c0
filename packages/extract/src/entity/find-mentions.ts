/**
 * Name candidates of a document: the capitalized runs of every sentence, each split and typed by
 * candidates/analyze-run.ts, then the steps that read the candidates of the whole article (one file each
 * under candidates/).
 */

import { entityWords, lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import { isPossessiveMark, type Token } from '../text/tokenize.js';
import { wordFact } from '../text/word-facts.js';
import { analyzeRun } from './candidates/analyze-run.js';
import { asMetonym } from './candidates/as-metonym.js';
import { typeBeforeTitledPossessive, wordBeforeTitledPossessive } from './candidates/before-title.js';
import { type Candidate, makeCandidate } from './candidates/candidate.js';
import { dropSpelledTerms, initialsOf } from './candidates/drop-spelled-terms.js';
import { extendByKnownNames } from './candidates/extend-by-known-names.js';
import { extendRun } from './candidates/extend-run.js';
import { findCapitals } from './candidates/find-capitals.js';
import { markBylines } from './candidates/mark-bylines.js';
import { markOutlet } from './candidates/mark-outlet.js';
import { isTitleCase, namesInTitleCase } from './candidates/names-in-title-case.js';
import { possessiveName, unifyPossessiveInstitutions } from './candidates/possessive-name.js';
import { retypeByNeighbours } from './candidates/retype-by-neighbours.js';
import { retypeNationalTeams } from './candidates/retype-national-teams.js';
import { titleReference } from './candidates/title-reference.js';
import { titleLength } from './candidates/titles.js';
import { isDatelineLike, isSentenceStart } from './candidates/token-shape.js';
import { companyOpenings, unifyLegalNames } from './candidates/unify-legal-names.js';
import { spanText } from './name-shape.js';

/**
 * Finds name candidates in every sentence: capitalized runs, split into titles, demonyms and names; the
 * article's outlet (source metadata), where the text names it, is an organization.
 */
export function findCandidates(doc: Doc, outlet: string | null = null): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = doc;
  const titleCaseLines: { from: number; to: number }[] = [];
  /** Initials of capitalized runs that name nothing ("Internet Explorer"). */
  const unnamed = new Set<string>();
  const personWords = new PersonWords();
  /** Capitalized runs of several words read as no name ("Azure Sands"). */
  const unread: [number, number][] = [];
  for (const s of doc.sentences) {
    // (a time stamp of the page, "Published: Tue 9 Sep 2025, 6:18 PM", names nobody)
    if (s.stamp || (s.headline && isDatelineLike(tokens, s.from, s.to))) continue;
    // In a Title Case headline every word is capitalized: only names the body also uses are read there.
    if (s.headline && isTitleCase(tokens, s.from, s.to)) {
      titleCaseLines.push(s);
      continue;
    }
    let i = s.from;
    while (i < s.to) {
      const t = tokens[i]!;
      // "the pope told the leaders": a lower-case title after "the" may refer to the person who holds it ("The
      // prime minister said": also at a sentence's start)
      const lowerRun = !t.cap || t.kind !== 'word';
      if (lowerRun || (t.lower === 'the' && tokens[i + 1]?.cap === false)) {
        const title = t.lower === 'the' ? lowerTitleAfter(doc, i + 1, s.to) : null;
        if (title) out.push(titleReference(doc, i + 1, title.end, [title.title]));
        i++;
        continue;
      }
      let j = extendRun(tokens, i, s.to);
      // "US$ 20,000", "A$5": a currency's country prefix, not a mention of the country; "EGP 41.5": a currency
      if (
        j === i + 1 &&
        ((tokens[j]?.text === '$' && tokens[j]!.start === t.end) ||
          (tokens[j]?.kind === 'number' && entityWords.currencyCodes.has(t.text)))
      ) {
        i = j;
        continue;
      }
      // "Cyclone Evan", "Tropical Storm Ana": a storm's name names no person, body or place
      if (isStormName(tokens, i, j)) {
        i = j;
        continue;
      }
      const sentenceStart = isSentenceStart(tokens, i, s.from);
      const made = analyzeRun(doc, i, j, sentenceStart);
      // ("told CNC3", "told The Local", "told Times of Malta that …": an addressee no rule names is an outlet)
      // (not a person's surname named before: "Villarta told Quiambao")
      const told = made.every((c) => c.type === null) ? toldOutletEnd(tokens, i, j, s.to) : 0;
      const outlet = told > 0 && !personWords.has(out, spanText(tokens, i, j).toLowerCase()) ? told : 0;
      if (outlet > 0) {
        out.push(
          makeCandidate(doc, i, outlet, i, outlet, {
            type: 'organization',
            form: 'name',
            titles: [],
            uncertain: false,
            rule: 'entity/context',
          }),
        );
        i = outlet;
        continue;
      }
      if (made.length === 0 && j - i > 1) unread.push([i, j]);
      if (j - i > 1 && made.every((c) => c.type === null)) {
        unnamed.add(initialsOf(tokens, i, j));
        if (lexicon.common.has(t.lower)) unnamed.add(initialsOf(tokens, i + 1, j));
      }
      if (made.length === 1) typeBeforeTitledPossessive(tokens, made[0]!, j, s.to);
      // "Labour's Shadow Home Secretary": a word read as an adjective takes no possessive; it is a name there
      if (made.length === 0 && j === i + 1) {
        const c = wordBeforeTitledPossessive(doc, i, j, s.to);
        if (c) made.push(c);
      }
      for (const c of made) out.push(asMetonym(doc, c));
      const possessive = possessiveName(doc, i, j, s.to);
      if (possessive) {
        out.push(possessive);
        j = possessive.to;
      }
      i = j;
    }
  }
  dropSpelledTerms(out, unnamed);
  retypeByNeighbours(doc, out);
  retypeNationalTeams(doc, out);
  unifyLegalNames(out);
  unifyPossessiveInstitutions(doc, out);
  companyOpenings(doc, out, unread);
  for (const line of titleCaseLines) out.push(...namesInTitleCase(doc, line.from, line.to, out));
  out.sort((x, y) => x.from - y.from || y.to - x.to);
  extendByKnownNames(doc, out);
  findCapitals(doc, out);
  markBylines(doc, out);
  markOutlet(doc, out, outlet);
  return out;
}

/**
 * End of an outlet told something ("told CNC3 outside the gate", "told The Local that", "told Times of Malta
 * that"): a run right after "told" (with an "of" and a capitalized word after it), before a mark, "that" or a
 * preposition; 0 when the run is none.
 */
function toldOutletEnd(tokens: readonly Token[], i: number, j: number, to: number): number {
  if (!lexicon.tellForms.has(tokens[i - 1]?.lower ?? '')) return 0;
  let end = j;
  while (tokens[end]?.lower === 'of' && tokens[end + 1]?.cap && end + 1 < to)
    end = extendRun(tokens, end + 1, to);
  const next = tokens[end];
  if (end - i > OUTLET_WORDS) return 0;
  if (next && next.kind === 'word' && (next.cap || !entityWords.outletFollowers.has(next.lower))) return 0;
  return end;
}

/** The words of the person candidates found so far, read once each (linear over an article). */
class PersonWords {
  private readonly words = new Set<string>();
  private read = 0;

  /** Whether a person candidate of `cands` has this word among its name's words. */
  has(cands: readonly Candidate[], word: string): boolean {
    for (; this.read < cands.length; this.read++) {
      const c = cands[this.read]!;
      if (c.type === 'person') for (const w of c.key.split(' ')) this.words.add(w);
    }
    return this.words.has(word);
  }
}

/** How many tokens an outlet's name told something may have ("Times of Malta"). */
const OUTLET_WORDS = 4;

/** "former", "deputy": asked of the word after every "the" (a word fact). */
const isTitleModifier = wordFact((w) => lexicon.titleModifiers.has(w));

/**
 * "the pope said", "the chief minister told reporters": a lower-case title standing alone after "the" (not
 * "the president of the club", "the minister's office", "the president-elect", "the president Joe Roe").
 */
function lowerTitleAfter(doc: Doc, k: number, to: number): { title: string; end: number } | null {
  const { tokens } = doc;
  // ("the former governor said": the title after its modifier)
  const modifier = tokens[k];
  if (modifier !== undefined && isTitleModifier(modifier) && tokens[k + 1]?.cap === false) k++;
  const w = tokens[k];
  if (!w || k >= to || w.kind !== 'word' || w.cap) return null;
  // "the chief minister said": a title of two words, both in lower case
  const tl = titleLength(tokens, k, tokens[k + 1]?.cap === false ? Math.min(to, k + 2) : k + 1);
  if (tl === 0) return null;
  const next = tokens[k + tl];
  if (next && (next.cap || next.lower === 'of' || next.text === '-' || isPossessiveMark(next))) return null;
  return { title: spanText(tokens, k, k + tl).toLowerCase(), end: k + tl };
}

/** A run that opens with a storm's word and a name after it ("Cyclone Evan", "Tropical Storm Ana"). */
function isStormName(tokens: readonly Token[], i: number, j: number): boolean {
  const k = tokens[i]!.lower === 'tropical' ? i + 1 : i;
  return k + 1 < j && entityWords.stormWords.has(tokens[k]!.lower);
}
