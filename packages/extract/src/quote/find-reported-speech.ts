import type { Cluster } from '../entity/group-mentions.js';
import type { MentionIndex } from '../entity/mention-index.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { clauseEnd, clauseStart, trimEnd } from './find-clause-bounds.js';
import type { QuotedSpan } from './find-direct-quotes.js';
import {
  type Attribution,
  isAccordingTo,
  isSpeechVerb,
  speakerAfterAccording,
  speakerOfVerb,
} from './find-speaker.js';
import { quoteWords } from './load-quote-words.js';
import type { QuoteRuleId } from './quote-rules.js';

/** A passage of reported words: block (set off after a lead-in) or indirect (reported speech). */
export interface ReportedSpan {
  kind: 'block' | 'indirect';
  from: number;
  to: number;
  attribution: Attribution;
  rule: QuoteRuleId;
}

/** Block quotes: the paragraph after a lead-in that ends with a colon ("The Guardian:"). */
export function findBlockQuotes(doc: Doc, idx: MentionIndex): ReportedSpan[] {
  const { tokens } = doc;
  const paras = paragraphRanges(tokens);
  const out: ReportedSpan[] = [];
  let lastSource: Attribution | null = null;
  for (let p = 0; p + 1 < paras.length; p++) {
    const [a, b] = paras[p]!;
    const [c, d] = paras[p + 1]!;
    if (tokens[b - 1]!.text !== ':') continue;
    if (/^["“‘']$/.test(tokens[c]!.text) || d - c < 8) continue;
    let attribution: Attribution | null = null;
    if (b - a <= 8) {
      const m = idx.inRange(a, b - 1)[0];
      attribution = {
        speaker: m?.cluster ?? null,
        description: m
          ? null
          : doc.text.slice(tokens[a]!.start, tokens[b - 2]?.end ?? tokens[a]!.end) || null,
        cueFrom: a,
        cueTo: b,
        reportedBy: [],
        speakerFrom: m?.from ?? a,
        speakerTo: m?.to ?? b - 1,
      };
    } else {
      // the sentence that ends with the colon names the source: its speech verb, else its subject
      const last = doc.sentences[doc.sentenceOf[b - 1]!]!;
      const lastFrom = Math.max(a, last.from);
      for (let k = b - 2; k >= lastFrom && !attribution; k--) {
        if (isSpeechVerb(tokens[k])) attribution = speakerOfVerb(doc, idx, k, lastFrom, b - 1);
      }
      attribution ??= subjectOf(doc, idx, lastFrom, b - 1);
      for (let k = lastFrom - 1; k >= a && !attribution; k--) {
        if (isSpeechVerb(tokens[k])) attribution = speakerOfVerb(doc, idx, k, a, b - 1);
      }
      const previous = lastSource as Attribution | null;
      if (!attribution && previous) attribution = { ...previous, cueFrom: b - 1, cueTo: b };
    }
    if (!attribution || (!attribution.speaker && !attribution.description)) continue;
    lastSource = attribution;
    out.push({ kind: 'block', from: c, to: trimEnd(doc, c, d), attribution, rule: 'quote/block' });
  }
  return out;
}

/** The first named entity of a clause, standing as its subject ("But her aide, Jane Doe, wrote …:"). */
function subjectOf(doc: Doc, idx: MentionIndex, from: number, to: number): Attribution | null {
  const { tokens } = doc;
  for (const m of idx.inRange(from, Math.min(to, from + 12))) {
    const prev = tokens[m.from - 1]?.lower ?? '';
    if (/^['’]s$/i.test(tokens[m.to]?.text ?? '') || /^(in|at|of|from|for|with|by|on|to|near)$/.test(prev))
      continue;
    return {
      speaker: m.cluster,
      description: null,
      cueFrom: to,
      cueTo: to + 1,
      reportedBy: [],
      speakerFrom: m.from,
      speakerTo: m.to,
    };
  }
  return null;
}

/** Reported speech: "X said (that) …", "according to X, …", "…, X writes, …". */
export function findIndirectQuotes(
  doc: Doc,
  idx: MentionIndex,
  direct: readonly QuotedSpan[],
): ReportedSpan[] {
  const { tokens } = doc;
  const inQuote = new Uint8Array(tokens.length);
  for (const q of direct) for (let k = q.from; k < q.to; k++) inQuote[k] = 1;
  const out: ReportedSpan[] = [];
  for (const s of doc.sentences) {
    if (s.headline) continue;
    let covered = s.from;
    for (let k = s.from; k < s.to; k++) {
      if (k < covered || inQuote[k]) continue;
      const found = isAccordingTo(doc, k)
        ? according(doc, idx, k, s.from, s.to)
        : reportingVerb(doc, idx, k, s.from, s.to, inQuote);
      const made = found && afterCovered(doc, found, covered);
      if (!made) continue;
      out.push(made);
      covered = Math.max(made.to, made.attribution.cueTo);
    }
  }
  return out;
}

/**
 * Reported clauses of one sentence do not overlap: a clause that reaches back over the previous one starts
 * after it ("A, according to X, and B, according to Y" reports "and B" from Y). Keeps output linear too.
 */
function afterCovered(doc: Doc, made: ReportedSpan, covered: number): ReportedSpan | null {
  if (made.from >= covered) return made;
  let from = covered;
  while (from < made.to && doc.tokens[from]!.kind === 'punct') from++;
  return span(made.kind, from, made.to, made.attribution, made.rule);
}

function according(doc: Doc, idx: MentionIndex, k: number, from: number, to: number): ReportedSpan | null {
  const { tokens } = doc;
  const attribution = speakerAfterAccording(doc, idx, k, to);
  if (!attribution) return null;
  if (k === from || (k === from + 1 && tokens[from]!.kind === 'punct')) {
    // "According to X, CLAUSE."
    let c = attribution.speakerTo;
    while (c < to && tokens[c]!.text !== ',') c++;
    return span('indirect', c + 1, clauseEnd(doc, c + 1, to), attribution, 'quote/indirect:according-to');
  }
  let end = k;
  while (end > from && tokens[end - 1]!.kind === 'punct' && !isCloseQuote(tokens[end - 1]!)) end--;
  return span('indirect', clauseStart(doc, from, end), end, attribution, 'quote/indirect:according-to');
}

function reportingVerb(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  from: number,
  to: number,
  inQuote: Uint8Array,
): ReportedSpan | null {
  const { tokens } = doc;
  const v = tokens[k]!;
  if (v.kind !== 'word' || v.cap || lexicon.speechVerbs.get(v.lower) !== true) return null;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!next || next.lower === 'to' || next.text === ':') return null;
  const trailing = trailingAttribution(doc, idx, k, from, to, inQuote);
  if (trailing) return trailing;
  // "said in a statement that …", "reported last week that …": an adverbial before the clause
  const thatAfter =
    /^(by|in|on|at|last|this|earlier|late|yesterday|today|on|during)$/.test(next.lower) ||
    lexicon.weekdays.has(next.lower)
      ? thatWithin(tokens, k + 1, Math.min(to, k + 7))
      : -1;
  if (/^(by|in|on|at)$/.test(next.lower) && thatAfter < 0) return null;
  if (prev && /^(is|are|was|were|be|been)$/.test(prev.lower)) return null;
  // "this report", "the statement": a noun, not a verb
  if (prev && /^(this|the|a|an|that|his|her|its|their|our|my)$/.test(prev.lower)) return null;
  // a direct quote right before or after belongs to the direct quote, not to reported speech
  if (prev && inQuote[k - 2] && !/^(that)$/.test(next.lower)) return null;
  if (next.text === ',' && inQuote[k + 3]) return null;
  let attribution = speakerOfVerb(doc, idx, k, from, to);
  // "…, Kivi said, adding that …": the speaker of the reporting verb just before
  if (!attribution && v.lower.endsWith('ing') && prev?.text === ',') {
    for (let j = k - 2; j >= Math.max(from, k - 6); j--) {
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
    /^(his|her|its|their|the|a|an)$/.test(tokens[attribution.speakerFrom]?.lower ?? '');
  const subjectFrom = subject?.from ?? (described ? attribution.speakerFrom : -1);
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
  if (v.lower === 'told' || v.lower === 'tells' || v.lower === 'tell') {
    let n = 0;
    while (c < to && n < 5 && quoteWords.toldObjects.has(tokens[c]!.lower)) {
      c++;
      n++;
    }
    if (n === 0 && !/^(that)$/.test(tokens[c]?.lower ?? '')) c = k + 1 + Math.min(1, to - k - 1);
    // "told reporters in Geneva that …": a place or time before "that"
    if (/^(in|at|on|after|during)$/.test(tokens[c]?.lower ?? '')) {
      const t = thatWithin(tokens, c + 1, Math.min(to, c + 7));
      if (t > 0) c = t;
    }
  }
  if (thatAfter > 0) c = thatAfter;
  const hasThat = tokens[c]?.lower === 'that';
  if (hasThat) c++;
  if (c >= to || (inQuote[c + 1] && tokens[c]?.text !== ',' && c + 1 === to)) return null;
  if (tokens[c]!.text === ',' || tokens[c]!.text === ':') return null;
  const end = clauseEnd(doc, c, to);
  if (end - c < 3) return null;
  // without "that" the words after the verb must be a clause ("said it was …"), not an object ("announced a plan")
  if (!hasThat && !looksLikeClause(tokens, c, end)) return null;
  return span('indirect', c, end, attribution, 'quote/indirect:reporting-verb');
}

function thatWithin(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.lower === 'that') return j;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') return -1;
  }
  return -1;
}

const FINITE =
  /^(is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|shall)$/;
const SUBJECT_PRONOUNS = /^(he|she|it|they|we|i|you|there)$/;

/** A reported clause: a pronoun subject, or a finite verb (auxiliary or -ed form) before the first comma. */
function looksLikeClause(tokens: readonly Token[], from: number, to: number): boolean {
  if (SUBJECT_PRONOUNS.test(tokens[from]!.lower)) return true;
  for (let j = from + 1; j < Math.min(to, from + 12); j++) {
    const t = tokens[j]!;
    // an appositive name between commas is part of the subject: "its chief, Jane Doe, had resigned"
    if (t.text === ',' && (tokens[j + 1]?.cap || tokens[j - 1]?.cap)) continue;
    if (t.kind === 'punct' && t.text !== '-' && !/^['’]s$/i.test(t.text) && !isQuoteMarkText(t.text))
      return false;
    if (t.kind !== 'word' || t.cap) continue;
    if (FINITE.test(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'))) return true;
  }
  return false;
}

function isQuoteMarkText(s: string): boolean {
  return /^["“”‘’']$/.test(s);
}

function span(
  kind: 'block' | 'indirect',
  from: number,
  to: number,
  attribution: Attribution,
  rule: QuoteRuleId,
): ReportedSpan | null {
  if (to - from < 3) return null;
  return { kind, from, to, attribution, rule };
}

function skipRelay(tokens: readonly Token[], k: number, to: number): number {
  if (tokens[k]?.text === ',' && /^(quoting|citing|adding)$/.test(tokens[k + 1]?.lower ?? '')) {
    let j = k + 2;
    while (j < to && tokens[j]!.kind !== 'punct') j++;
    return j;
  }
  return k;
}

function isCloseQuote(t: Token): boolean {
  return t.text === '”' || t.text === '"' || t.text === '’';
}

function paragraphRanges(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k === tokens.length || tokens[k]!.para !== tokens[k - 1]!.para) {
      if (k > start) out.push([start, k]);
      start = k;
    }
  }
  return out;
}

export type { Cluster };

const VERB_TRIGGERS = new Set(lexicon.triggers.filter((t) => t.w >= 2 && !t.t.includes(' ')).map((t) => t.t));
const DETERMINERS = /^(the|a|an|his|her|its|their|our)$/;
const ADJUNCT_START = /^(on|in|at|last|this|earlier|late|yesterday|today|tonight|overnight)$/;

/**
 * "CLAUSE, prosecutors said." / "CLAUSE, the country's weather agency said on Monday.": a sentence-final
 * attribution after a comma; the clause before the comma is the reported speech. The speaker phrase
 * (at most 8 words, no other punctuation) is a named mention or kept as a description.
 */
function trailingAttribution(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  from: number,
  to: number,
  inQuote: Uint8Array,
): ReportedSpan | null {
  const { tokens } = doc;
  let c = k - 1;
  const stop = Math.max(from + 3, k - 9);
  while (c > stop && tokens[c]!.text !== ',') {
    const t = tokens[c]!;
    if (t.kind !== 'word' && !/^['’]s$/i.test(t.text) && t.text !== '.') return null;
    c--;
  }
  if (tokens[c]?.text !== ',' || c === k - 1) return null;
  const first = tokens[c + 1]!;
  // the speaker phrase: a name, a determiner phrase ("the country's agency") or a bare plural ("prosecutors")
  const named = idx.inRange(c + 1, k).find((m) => !/^['’]s$/i.test(tokens[m.to]?.text ?? ''));
  if (
    !named &&
    !DETERMINERS.test(first.lower) &&
    !(first.kind === 'word' && !first.cap && first.lower.endsWith('s'))
  )
    return null;
  for (let j = c + 1; j < k; j++)
    if (isSpeechVerb(tokens[j]) || VERB_TRIGGERS.has(tokens[j]!.lower)) return null;
  // after the verb: the sentence ends, optionally after a short adjunct ("on Monday", "in a statement")
  let e = k + 1;
  if (e < to && ADJUNCT_START.test(tokens[e]!.lower)) {
    const limit = Math.min(to, e + 8);
    while (e < limit && tokens[e]!.kind === 'word') e++;
  }
  while (e < to && tokens[e]!.kind === 'punct' && !isQuoteMarkText(tokens[e]!.text)) e++;
  if (e < to) return null;
  for (let j = from; j < c; j++) if (inQuote[j]) return null;
  let start = clauseStart(doc, from, c);
  while (start < c && tokens[start]!.kind === 'punct') start++;
  const end = trimEnd(doc, start, c);
  if (end - start < 5) return null;
  const text = doc.text.slice(tokens[c + 1]!.start, tokens[k - 1]!.end);
  const attribution: Attribution = {
    speaker: named?.cluster ?? null,
    description: named ? null : text,
    cueFrom: k,
    cueTo: k + 1,
    reportedBy: [],
    speakerFrom: c + 1,
    speakerTo: k,
  };
  return span('indirect', start, end, attribution, 'quote/indirect:trailing');
}
