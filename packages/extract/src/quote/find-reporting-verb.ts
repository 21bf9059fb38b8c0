import { MentionIndex } from '../entity/mention-index.js';
import { cameoVerbs } from '../event/cameo/read-cameo-verbs.js';
import { speechActWords } from '../event/rules/speech-act-words.js';
import { lexicon, participantWords } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { isPossessiveMark } from '../text/tokenize.js';
import { wordFact } from '../text/word-facts.js';
import { clauseEnd, trimEnd } from './find-clause-bounds.js';
import { trailingAttribution } from './find-trailing-attribution.js';
import { quoteWords } from './load-quote-words.js';
import { isQuoteMarkText, type ReportedSpan, span } from './reported-span.js';
import { speakerOfVerb } from './speaker/speaker-of-verb.js';
import { isNounUse, isSpeechVerb } from './speaker/token-tests.js';

/** "at least", "at most": a quantity, not an adjunct, after a reporting verb. */
const QUANTIFIER_AFTER_AT = new Set(['least', 'most']);

/** How many words of an addressee of "told" may stand before its "that" ("told a news conference that"). */
const TOLD_REST = 4;

/** A lower-case noun that may close the addressee of "told" ("the court", "the jury"). */
function isAddresseeNoun(t: Token | undefined): boolean {
  return (
    t !== undefined && t.kind === 'word' && !t.cap && t.lower !== 'that' && !lexicon.articles.has(t.lower)
  );
}

/** How far after a reporting verb its "that" may stand past an adjunct ("said after the overnight talks in Berlin that"). */
const THAT_ADJUNCT = 14;

/** How far back a reporting verb coordinated by "and" looks for the reporting verb whose subject it shares. */
const COORDINATED_REACH = 30;

/** A speech verb that reports a clause ("said", not "according"): asked of every word of a sentence. */
const isReportingVerb = wordFact((w) => lexicon.speechVerbs.get(w) === true);

/**
 * quote/indirect:reporting-verb — "X said (that) CLAUSE"; quote/indirect:parenthetical — "CLAUSE, X writes,
 * but …"; and, at the end of a sentence, quote/indirect:trailing.
 */
export function findReportingVerb(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  from: number,
  to: number,
  inQuote: Uint8Array,
): ReportedSpan | null {
  const { tokens } = doc;
  const v = tokens[k]!;
  if (v.kind !== 'word' || v.cap || !isReportingVerb(v)) return null;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!next || next.text === ':') return null;
  // "from claiming asylum", "after confirming with the referee": an -ing form after a preposition is a gerund
  if (v.lower.endsWith('ing') && cameoVerbs.nounPrepositions.has(prev?.lower ?? '')) return null;
  // "stated to the weekly that …" reports; "is said to be" does not
  const toThat = next.lower === 'to' ? thatWithin(tokens, k + 2, Math.min(to, k + 8)) : -1;
  if (next.lower === 'to' && toThat < 0) return null;
  const trailing = trailingAttribution(doc, idx, k, from, to, inQuote);
  if (trailing) return trailing;
  // "said in a statement that …", "reported last week that …": an adverbial before the clause
  // ("said Wednesday she would introduce a bill … from cities that defy …": past a subject or a verb the clause
  // has begun, and a later "that" is a relative pronoun)
  const thatAfter =
    quoteWords.thatAdjunctStarts.has(next.lower) || lexicon.weekdays.has(next.lower)
      ? thatWithin(tokens, k + 1, Math.min(to, k + THAT_ADJUNCT), false, true)
      : -1;
  const onDay = next.lower === 'on' && lexicon.weekdays.has(tokens[k + 2]?.lower ?? '');
  // ("said at least 11 vessels had been diverted": "at least" counts what the clause tells)
  const quantity = next.lower === 'at' && QUANTIFIER_AFTER_AT.has(tokens[k + 2]?.lower ?? '');
  if (quoteWords.verbAdjunctStarts.has(next.lower) && thatAfter < 0 && !onDay && !quantity) return null;
  // "explains, in a satirical fashion, that …": an adverbial between commas before the clause
  const commaThat = next.text === ',' ? thatWithin(tokens, k + 2, Math.min(to, k + 10)) : -1;
  const setOff = commaThat > 0 && tokens[commaThat - 1]?.text === ',' ? commaThat : -1;
  if (prev && speechActWords.copulas.has(prev.lower)) return null;
  if (isNounUse(tokens, k)) return null;
  // a direct quote right before or after belongs to the direct quote, not to reported speech
  if (prev && inQuote[k - 2] && !/^(that)$/.test(next.lower)) return null;
  if (next.text === ',' && inQuote[k + 3]) return null;
  let attribution = speakerOfVerb(doc, idx, k, from, to);
  // "…, Kivi said, adding that …", "X theorized that …, and wrote that …": the speaker of the reporting
  // verb just before
  if (!attribution && ((v.lower.endsWith('ing') && prev?.text === ',') || prev?.lower === 'and')) {
    const reach = prev?.lower === 'and' ? COORDINATED_REACH : 6;
    for (let j = k - 2; j >= Math.max(from, k - reach); j--) {
      if (!isSpeechVerb(tokens[j])) continue;
      const first = speakerOfVerb(doc, idx, j, from, to);
      if (first) attribution = { ...first, cueFrom: k, cueTo: k + 1 };
      break;
    }
  }
  if (!attribution) return null;
  // parenthetical: "…, Smith writes, but …" or "…, Smith says."
  const subject = idx.endingAt(k);
  // "…, his office said." also with an unnamed speaker
  const described =
    attribution.speaker === null &&
    attribution.speakerTo === k &&
    k - attribution.speakerFrom <= 4 &&
    opensDescription(tokens[attribution.speakerFrom]?.lower ?? '');
  // "The government, he said, would convene …": a pronoun set off by commas inside the reported clause
  const pronoun =
    attribution.speakerTo === k &&
    attribution.speakerFrom === k - 1 &&
    MentionIndex.isPersonPronoun(tokens[k - 1]!.lower);
  const subjectFrom = subject?.from ?? (described || pronoun ? attribution.speakerFrom : -1);
  if (subjectFrom > 0 && tokens[subjectFrom - 1]?.text === ',' && subjectFrom - 1 > from) {
    const before = subjectFrom - 1;
    const afterCue = skipRelay(tokens, k + 1, to);
    const last = tokens[afterCue];
    if (!last || last.text === '.' || afterCue >= to) {
      return span('indirect', from, trimEnd(doc, from, before), attribution, 'quote/indirect:parenthetical');
    }
    if (last.text === ',')
      return span('indirect', from, trimEnd(doc, from, to), attribution, 'quote/indirect:parenthetical');
  }
  if (attribution.speakerFrom > k) return null; // "said X" is the tail of a direct quote
  // 'told a news service: "…"' introduces a direct quote
  for (let j = k + 1; j < Math.min(to, k + 8); j++) {
    const t = tokens[j]!;
    if (
      t.text === ':' ||
      (inQuote[j + 1] && /^["“‘']$/.test(t.text) && (tokens[j - 1]?.text === ',' || j === k + 1))
    )
      return null;
  }
  let c = k + 1;
  if (lexicon.tellForms.has(v.lower)) {
    let n = 0;
    while (c < to && n < 5 && quoteWords.toldObjects.has(tokens[c]!.lower)) {
      // ("told reporters the man …": an article after the addressee opens the reported clause)
      if (n > 0 && lexicon.articles.has(tokens[c]!.lower) && !lexicon.articles.has(tokens[c - 1]!.lower))
        break;
      c++;
      n++;
    }
    // "told the court the students were …", "told the jury he had …": a noun after the article ends the
    // addressee when a subject (an article, a pronoun, a name) follows it
    if (n > 0 && lexicon.articles.has(tokens[c - 1]!.lower) && isAddresseeNoun(tokens[c])) {
      const next = tokens[c + 1];
      if (next && (lexicon.articles.has(next.lower) || next.cap || MentionIndex.isPersonPronoun(next.lower)))
        c++;
    }
    // "told Sky News the process …": a named addressee
    const addressee = n === 0 ? idx.covering(c) : undefined;
    if (addressee && addressee.from === c && addressee.to < to) c = addressee.to;
    else if (n === 0 && !/^(that)$/.test(tokens[c]?.lower ?? '')) c = k + 1 + Math.min(1, to - k - 1);
    // "told reporters in Geneva that …": a place or time before "that"
    if (quoteWords.addresseeAdjunctStarts.has(tokens[c]?.lower ?? '')) {
      const t = thatWithin(tokens, c + 1, Math.min(to, c + 7));
      if (t > 0) c = t;
    }
    // "told the jury that …", "told a news conference that …": the rest of the addressee before "that"
    else if (tokens[c]?.lower !== 'that') {
      const t = thatWithin(tokens, c, Math.min(to, c + TOLD_REST));
      if (t > 0) c = t;
    }
  }
  if (thatAfter > 0) c = thatAfter;
  if (setOff > 0) c = setOff;
  if (toThat > 0) c = toThat;
  // "said Monday it would close", "said on Friday the talks failed": the day is the saying's, not the clause's
  // ("said Friday's decision would …": a day with a possessive mark is the clause's subject)
  if (thatAfter < 0 && setOff < 0 && toThat < 0 && !isPossessiveMark(tokens[c + 1])) {
    if (tokens[c]?.lower === 'on' && lexicon.weekdays.has(tokens[c + 1]?.lower ?? '')) c += 2;
    else if (
      lexicon.weekdays.has(tokens[c]?.lower ?? '') ||
      quoteWords.sayingDays.has(tokens[c]?.lower ?? '')
    )
      c++;
  }
  const hasThat = tokens[c]?.lower === 'that';
  if (hasThat) c++;
  // "said that, apart from that incident, its observers reported …": an adjunct set off after "that" opens
  // the reported clause
  if (hasThat && tokens[c]?.text === ',' && commaWithin(tokens, c + 2, Math.min(to, c + 10)) > 0) c++;
  if (c >= to || (inQuote[c + 1] && tokens[c]?.text !== ',' && c + 1 === to)) return null;
  if (tokens[c]!.text === ',' || tokens[c]!.text === ':') return null;
  // "have not said why …", "said whether …": a question left open, nothing reported
  if (quoteWords.openQuestionWords.has(tokens[c]!.lower)) return null;
  const end = pastQuotedMarks(doc, c, clauseEnd(doc, c, to), to, inQuote);
  if (end - c < 3) return null;
  // without "that" the words after the verb must be a clause ("said it was …"), not an object ("announced a plan")
  if (!hasThat && !looksLikeClause(tokens, c, end) && !(isClauseVerb(v) && opensSubject(tokens, c, end)))
    return null;
  return span('indirect', c, end, attribution, 'quote/indirect:reporting-verb');
}

/**
 * 'that the prosecution had "a story, but not evidence" and that …': a mark inside a quotation that the
 * reported clause holds ends nothing; the clause goes on past the quotation to its own end.
 */
function pastQuotedMarks(doc: Doc, c: number, end: number, to: number, inQuote: Uint8Array): number {
  let e = end;
  for (let n = 0; n < MAX_QUOTED_MARKS && e < to && inQuote[e] === 1 && e > c; n++) {
    let j = e;
    while (j < to && inQuote[j] === 1) j++;
    e = clauseEnd(doc, j, to);
  }
  return e;
}

/** How many quotations with a mark inside one reported clause may hold. */
const MAX_QUOTED_MARKS = 3;

/**
 * The first "that" of [from, to) before any mark but a hyphen (and a comma, unless `commas` is false); with
 * `clauseStops`, also before a subject pronoun or a finite auxiliary (past them the clause has begun and a later
 * "that" is a relative pronoun).
 */
function thatWithin(
  tokens: readonly Token[],
  from: number,
  to: number,
  commas = true,
  clauseStops = false,
): number {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.lower === 'that') return j;
    if (t.kind === 'punct' && t.text !== '-' && !(commas && t.text === ',')) return -1;
    if (clauseStops && (quoteWords.subjectPronouns.has(t.lower) || quoteWords.finiteAuxiliaries.has(t.lower)))
      return -1;
  }
  return -1;
}

/** A reported clause: a pronoun subject, or a finite verb (auxiliary or -ed form) before the first comma. */
function looksLikeClause(tokens: readonly Token[], from: number, to: number): boolean {
  if (quoteWords.subjectPronouns.has(tokens[from]!.lower)) return true;
  for (let j = from + 1; j < Math.min(to, from + 12); j++) {
    const t = tokens[j]!;
    // an appositive name between commas is part of the subject: "its chief, Jane Doe, had resigned"
    if (t.text === ',' && (tokens[j + 1]?.cap || tokens[j - 1]?.cap)) continue;
    // so is a participle phrase: "the man, identified as Derek Simms, barricaded himself"
    const next = tokens[j + 1];
    if (t.text === ',' && next?.kind === 'word' && !next.cap && next.lower.endsWith('ed')) {
      const close = commaWithin(tokens, j + 2, Math.min(to, j + 9));
      if (close > 0) {
        j = close;
        continue;
      }
    }
    if (t.kind === 'punct' && t.text !== '-' && !isPossessiveMark(t) && !isQuoteMarkText(t.text))
      return false;
    if (t.kind !== 'word' || t.cap) continue;
    if (quoteWords.finiteAuxiliaries.has(t.lower)) return true;
    // ("announced Rs10 billion for the reconstruction of damaged houses": an -ed form after a preposition or
    // a determiner is an adjective)
    if (
      t.lower.length > 4 &&
      t.lower.endsWith('ed') &&
      !quoteWords.participleAdjectiveBefore.has(tokens[j - 1]!.lower)
    )
      return true;
  }
  return false;
}

/** The first comma of [from, to) before any other mark but a hyphen or an apostrophe, or -1. */
function commaWithin(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.text === ',') return j;
    if (t.kind === 'punct' && t.text !== '-' && !isPossessiveMark(t)) return -1;
  }
  return -1;
}

/** "said", "says": verbs whose object is a clause (data/quote-words.json#clause_verbs). */
const isClauseVerb = wordFact((w) => quoteWords.clauseVerbs.has(w));

/**
 * After a clause verb, "Montalvo left …", "the results confirm …", "12 people died": words that open like a
 * subject (a name, a determiner, a number) and go on to a lower-case word before any punctuation but a
 * hyphen or an apostrophe (the verb the clause must have).
 */
function opensSubject(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  const opens =
    (first.kind === 'word' &&
      first.cap &&
      !lexicon.weekdays.has(first.lower) &&
      !lexicon.months.has(first.lower)) ||
    first.kind === 'number' ||
    quoteWords.subjectDeterminers.has(first.lower) ||
    // ("said leader Kim Jong-un oversaw the test": a title in lower case before a name)
    (lexicon.titles.has(first.lower) && tokens[from + 1]?.cap === true);
  if (!opens) return false;
  for (let j = from + 1; j < Math.min(to, from + 12); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '-' && !isPossessiveMark(t)) return false;
    if (t.kind === 'word' && !t.cap && !quoteWords.subjectDeterminers.has(t.lower)) return true;
  }
  return false;
}

/** "his office", "the ministry": a possessive determiner or an article opens a description of the speaker. */
function opensDescription(w: string): boolean {
  return participantWords.possessiveDeterminers.has(w) || lexicon.articles.has(w);
}

function skipRelay(tokens: readonly Token[], k: number, to: number): number {
  if (tokens[k]?.text === ',' && quoteWords.relayParticiples.has(tokens[k + 1]?.lower ?? '')) {
    let j = k + 2;
    while (j < to && tokens[j]!.kind !== 'punct') j++;
    return j;
  }
  return k;
}
