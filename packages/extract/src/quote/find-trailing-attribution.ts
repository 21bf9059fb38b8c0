import { MentionIndex } from '../entity/mention-index.js';
import { datelineEnd, isAcronym } from '../entity/name-shape.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import { isPossessiveMark, type Token } from '../text/tokenize.js';
import { clauseStart, trimEnd } from './find-clause-bounds.js';
import { quoteWords } from './load-quote-words.js';
import { isQuoteMarkText, type ReportedSpan, span } from './reported-span.js';
import type { Attribution } from './speaker/attribution.js';
import { resolvePronoun } from './speaker/resolve-pronoun.js';
import { isSpeechVerb } from './speaker/token-tests.js';

const VERB_TRIGGERS = new Set(lexicon.triggers.filter((t) => t.w >= 2 && !t.t.includes(' ')).map((t) => t.t));

/**
 * "CLAUSE, prosecutors said." / "CLAUSE, the country's weather agency said on Monday.": a sentence-final
 * attribution after a comma; the clause before the comma is the reported speech. The speaker phrase
 * (at most 8 words, no other punctuation) is a named mention or kept as a description.
 */
export function trailingAttribution(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  from: number,
  to: number,
  inQuote: Uint8Array,
): ReportedSpan | null {
  const { tokens } = doc;
  // "CLAUSE, said its chairman Jane Doe.": the verb right after the comma, its speaker after it
  if (tokens[k - 1]?.text === ',')
    return (
      appositiveTrailing(doc, idx, k, from, to, inQuote) ?? invertedTrailing(doc, idx, k, from, to, inQuote)
    );
  let c = k - 1;
  const stop = Math.max(from + 3, k - TRAILING_SPEAKER_WORDS);
  while (c > stop && tokens[c]!.text !== ',') {
    const t = tokens[c]!;
    // ("…, the Attorney General's Office (FGR) announced": a bracketed abbreviation of the speaker)
    if (t.text === ')' && tokens[c - 2]?.text === '(' && isAcronym(tokens[c - 1]!.text)) {
      c -= 3;
      continue;
    }
    if (t.kind !== 'word' && !isPossessiveMark(t) && t.text !== '.') return null;
    c--;
  }
  if (tokens[c]?.text !== ',' || c === k - 1) return null;
  const first = tokens[c + 1]!;
  // the speaker phrase: a name, a determiner phrase ("the country's agency") or a bare plural ("prosecutors")
  const inPhrase = idx.inRange(c + 1, k);
  // ("…, Paris police chief Laurent Nunez told BFMTV": the person the phrase names, before a place or body)
  const named =
    inPhrase.find((m) => m.cluster.type === 'person' && !isPossessiveMark(tokens[m.to])) ??
    inPhrase.find((m) => !isPossessiveMark(tokens[m.to]));
  // "Qatar's foreign ministry said": a name's possessive opening the phrase describes the speaker
  const possessor = inPhrase[0];
  const owned = possessor?.from === c + 1 && isPossessiveMark(tokens[possessor.to]);
  // "…, he said.": a personal pronoun alone stands for the person it refers to
  const pronoun = k === c + 2 && MentionIndex.isPersonPronoun(first.lower) && first.lower !== 'his';
  // "…, police said", "…, health officials said": a reporter noun or a plural without a determiner (and the
  // lower-case words before it) describes the speaker too
  if (
    !named &&
    !pronoun &&
    !owned &&
    !quoteWords.attributionDeterminers.has(first.lower) &&
    !(
      first.kind === 'word' &&
      !first.cap &&
      (first.lower.endsWith('s') || lexicon.reporterNouns.has(first.lower))
    ) &&
    !isBareReporter(tokens, c + 1, k)
  )
    return null;
  for (let j = c + 1; j < k; j++)
    if (isSpeechVerb(tokens[j]) || VERB_TRIGGERS.has(tokens[j]!.lower)) return null;
  // "The review, led by …, is due to report": a phrase opened by an auxiliary, or an infinitive, is a
  // predicate, not a speaker and its verb
  if (quoteWords.finiteAuxiliaries.has(first.lower) || tokens[k - 1]!.lower === 'to') return null;
  // after the verb: the sentence ends, optionally after the addressee of "told" ("told reporters") and a
  // short adjunct ("on Monday", "in a statement")
  let e = k + 1;
  if (lexicon.toldVerbs.has(tokens[k]!.lower)) {
    // "told reporters", "told a news conference", "told BFMTV", "told The Associated Press"
    // ("told The Straits Times": the outlet's name may begin after its article)
    const at = lexicon.articles.has(tokens[e]?.lower ?? '') ? e + 1 : e;
    const outlet = idx.covering(at);
    if (outlet && outlet.from === at) e = outlet.to;
    else while (e < to && e < k + 4 && quoteWords.toldObjects.has(tokens[e]!.lower)) e++;
  }
  e = afterAdjunct(tokens, e, to);
  if (!endsAttribution(tokens, e, to)) return null;
  // ("…, the country's largest teaching union has announced": the auxiliary is the verb's, not the speaker's)
  let last = k - 1;
  while (last > c + 1 && quoteWords.finiteAuxiliaries.has(tokens[last]!.lower)) last--;
  const text = doc.text.slice(tokens[c + 1]!.start, tokens[last]!.end);
  const person = pronoun ? (resolvePronoun(doc, idx, c + 1, first.lower)?.cluster ?? null) : null;
  const speaker = pronoun ? person : (named?.cluster ?? null);
  return reportedBefore(doc, from, c, inQuote, speaker, named || pronoun ? null : text, k, c + 1, k);
}

/**
 * How far before its verb a trailing speaker phrase may start, a bracketed abbreviation counting once ("…, the
 * National Teachers Association of Liberia (NTAL) said").
 */
const TRAILING_SPEAKER_WORDS = 11;

/** How many lower-case words a bare speaker phrase may have ("health officials", "local media"). */
const BARE_REPORTER_WORDS = 3;

/**
 * "police", "health officials", "local media": lower-case words, none a determiner nor an -ed form
 * (not "…, contributed to this report"), ending in a plural or a reporter noun.
 */
function isBareReporter(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > BARE_REPORTER_WORDS) return false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.cap || quoteWords.subjectDeterminers.has(t.lower) || t.lower.endsWith('ed'))
      return false;
  }
  const last = tokens[to - 1]!.lower;
  return (last.endsWith('s') && !last.endsWith('ss')) || lexicon.reporterNouns.has(last);
}

/**
 * quote/indirect:trailing — the clause before the comma at c, said by `speaker` (or the one `description`
 * tells) at the verb k; none when a quotation stands in it or it is too short to report anything.
 */
/** The fewest tokens a clause reported by a trailing attribution has ("Turnout was 58 percent, she said"). */
const TRAILING_MIN_TOKENS = 4;

/** No quotation before the clause [start, end) in its sentence, and none at its start; some words unquoted. */
function partlyQuoted(
  tokens: readonly Token[],
  from: number,
  start: number,
  end: number,
  inQuote: Uint8Array,
): boolean {
  for (let j = from; j < start; j++) if (inQuote[j]) return false;
  if (inQuote[start] || isQuoteMarkText(tokens[start]!.text)) return false;
  let unquoted = 0;
  let lastQuoted = -1;
  for (let j = start; j < end; j++)
    if (!inQuote[j]) unquoted++;
    else lastQuoted = j;
  // (the quotation closes the clause, right before the attribution's comma: a quotation further in is part of a
  // sentence the trailing verb does not end, "… that he 'couldn't sell himself,' let alone …, Coll says")
  return unquoted >= TRAILING_MIN_TOKENS && (lastQuoted < 0 || lastQuoted >= end - 2);
}

function reportedBefore(
  doc: Doc,
  from: number,
  c: number,
  inQuote: Uint8Array,
  speaker: Attribution['speaker'],
  description: string | null,
  k: number,
  speakerFrom: number,
  speakerTo: number,
): ReportedSpan | null {
  const start = reportedStart(doc, from, c);
  const end = trimEnd(doc, start, c);
  if (end - start < TRAILING_MIN_TOKENS) return null;
  // ('… and were "tired but in stable condition", he told a news conference': a quotation inside the clause
  // is part of what it reports; a clause that opens with one, or a quotation before it in the sentence, is a
  // direct quote's)
  if (!partlyQuoted(doc.tokens, from, start, end, inQuote)) return null;
  const attribution: Attribution = {
    speaker,
    description,
    cueFrom: k,
    cueTo: k + 1,
    reportedBy: [],
    speakerFrom,
    speakerTo,
  };
  return span('indirect', start, end, attribution, 'quote/indirect:trailing');
}

/** Past a short time or place adjunct after the verb at e ("on Monday", "Wednesday", "in a statement"). */
function afterAdjunct(tokens: readonly Token[], e: number, to: number): number {
  const w = tokens[e]?.lower ?? '';
  // ("…, officials said Wednesday.": a weekday alone, as US wire copy writes it)
  if (e >= to || !(quoteWords.attributionAdjunctStarts.has(w) || lexicon.weekdays.has(w))) return e;
  const limit = Math.min(to, e + 8);
  while (e < limit && tokens[e]!.kind === 'word') e++;
  return e;
}

/**
 * Whether the sentence ends at e, or goes on with the writer's comment on the whole report, set off by a
 * comma and opened by an indefinite article ("…, the minister said on Monday, a breakthrough that could
 * end …"), or with another clause or adjunct ("…, the Commission said, while Romania was preparing crews",
 * "…, officials said Monday, as negotiators returned …").
 */
function endsAttribution(tokens: readonly Token[], e: number, to: number): boolean {
  const comment =
    tokens[e]?.text === ',' &&
    (lexicon.indefiniteArticles.has(tokens[e + 1]?.lower ?? '') ||
      quoteWords.attributionFollowers.has(tokens[e + 1]?.lower ?? '') ||
      // ("…, the agency said on Tuesday, warning that …": another report of the same speaker)
      (isSpeechVerb(tokens[e + 1]) && tokens[e + 1]!.lower.endsWith('ing')));
  while (e < to && tokens[e]!.kind === 'punct' && !isQuoteMarkText(tokens[e]!.text)) e++;
  return e >= to || comment;
}

/**
 * Where the reported clause before the comma at c starts: its clause's start, past an opening dateline
 * ("SEOUL, March 5 (Yonhap) -- …") and a connective set off at the head ("Meanwhile, a quake struck …"),
 * which are the writer's, not the speaker's.
 */
export function reportedStart(doc: Doc, from: number, c: number): number {
  const { tokens } = doc;
  let start = clauseStart(doc, from, c);
  if (tokens[start - 1]?.para !== tokens[start]?.para) start = Math.min(c, datelineEnd(tokens, start));
  while (start < c && tokens[start]!.kind === 'punct') start++;
  if (quoteWords.connectives.has(tokens[start]!.lower) && tokens[start + 1]?.text === ',') start += 2;
  return start;
}

/**
 * "CLAUSE, said its chairman Malik Mehmood, who added …", "CLAUSE, said Jane Doe, a spokeswoman for X.": a
 * speech verb right after the comma that ends the reported clause, and its speaker (a name, or a phrase
 * holding one) to the end of the sentence or to a relative or appositive comma.
 */
function invertedTrailing(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  from: number,
  to: number,
  inQuote: Uint8Array,
): ReportedSpan | null {
  const { tokens } = doc;
  const c = k - 1;
  let e = k + 1;
  while (e < Math.min(to, k + 10) && (tokens[e]!.kind === 'word' || isPossessiveMark(tokens[e]!))) e++;
  if (e === k + 1 || !endsInverted(tokens, e, to)) return null;
  const named = idx
    .inRange(k + 1, e)
    .find((m) => m.cluster.type === 'person' && !isPossessiveMark(tokens[m.to]));
  if (!named || named.to !== e) return null;
  return reportedBefore(doc, from, c, inQuote, named.cluster, null, k, k + 1, e);
}

/**
 * "CLAUSE, the UN refugee agency, UNHCR, said on Tuesday.", "CLAUSE, Acme, the maker of X, said.": a speaker
 * named in apposition to a description, both set off by commas before the verb; the name speaks.
 */
function appositiveTrailing(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  from: number,
  to: number,
  inQuote: Uint8Array,
): ReportedSpan | null {
  const { tokens } = doc;
  const c1 = commaBefore(tokens, k - 1, from);
  const c0 = c1 > from ? commaBefore(tokens, c1, from) : -1;
  if (c0 <= from) return null;
  const nameOf = (a: number, b: number) => {
    const m = idx.covering(a);
    return m && m.from === a && m.to === b && m.cluster.type !== 'location' ? m : undefined;
  };
  const describes = (a: number) => quoteWords.attributionDeterminers.has(tokens[a]!.lower);
  const named = describes(c0 + 1)
    ? nameOf(c1 + 1, k - 1)
    : describes(c1 + 1)
      ? nameOf(c0 + 1, c1)
      : undefined;
  if (!named) return null;
  for (let j = c0 + 1; j < k - 1; j++)
    if (isSpeechVerb(tokens[j]) || VERB_TRIGGERS.has(tokens[j]!.lower)) return null;
  if (!endsAttribution(tokens, afterAdjunct(tokens, k + 1, to), to)) return null;
  return reportedBefore(doc, from, c0, inQuote, named.cluster, null, k, c0 + 1, k - 1);
}

/** The comma closest before c (a phrase of at most 8 words, no other mark between), or -1. */
function commaBefore(tokens: readonly Token[], c: number, from: number): number {
  for (let j = c - 1; j > from && c - j <= 9; j--) {
    const t = tokens[j]!;
    if (t.text === ',') return j;
    if (t.kind !== 'word' && !isPossessiveMark(t) && t.text !== '.') return -1;
  }
  return -1;
}

/** "who" or an article after a comma: an appositive or relative clause about the speaker. */
function opensApposition(w: string): boolean {
  return w === 'who' || lexicon.articles.has(w);
}

/** The sentence ends at e, or a comma there opens an appositive or relative clause about the speaker. */
function endsInverted(tokens: readonly Token[], e: number, to: number): boolean {
  if (tokens[e]?.text === ',') return opensApposition(tokens[e + 1]?.lower ?? '');
  return endsAttribution(tokens, e, to);
}
