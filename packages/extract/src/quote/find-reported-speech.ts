import type { Cluster } from '../entity/group-mentions.js';
import type { MentionIndex } from '../entity/mention-index.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import type { QuotedSpan } from './find-direct-quotes.js';
import {
  type Attribution,
  isAccordingTo,
  isSpeechVerb,
  speakerAfterAccording,
  speakerOfVerb,
} from './find-speaker.js';

/** A passage of reported words: block (set off after a lead-in) or indirect (reported speech). */
export interface ReportedSpan {
  kind: 'block' | 'indirect';
  from: number;
  to: number;
  attribution: Attribution;
  rule: string;
}

const CLAUSE_END = new Set([';', '—', '–']);
const TRAILING_ADJUNCT =
  /^(but|only|hours|days|weeks|months|years|according|in|citing|quoting|adding|saying)$/;
const OBJECT_WORDS = new Set([
  'reporters',
  'journalists',
  'media',
  'the',
  'a',
  'an',
  'press',
  'news',
  'agency',
  'service',
  'parliament',
  'lawmakers',
  'him',
  'her',
  'them',
  'us',
  'me',
]);

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
      for (let k = b - 2; k >= a && !attribution; k--) {
        if (isSpeechVerb(tokens[k])) attribution = speakerOfVerb(doc, idx, k, a, b - 1);
      }
      const previous = lastSource as Attribution | null;
      if (!attribution && previous) attribution = { ...previous, cueFrom: b - 1, cueTo: b };
    }
    if (!attribution || (!attribution.speaker && !attribution.description)) continue;
    lastSource = attribution;
    out.push({ kind: 'block', from: c, to: trimEnd(tokens, c, d), attribution, rule: 'quote/block' });
  }
  return out;
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
      const made = isAccordingTo(doc, k)
        ? according(doc, idx, k, s.from, s.to)
        : reportingVerb(doc, idx, k, s.from, s.to, inQuote);
      if (!made) continue;
      out.push(made);
      covered = Math.max(made.to, made.attribution.cueTo);
    }
  }
  return out;
}

function according(doc: Doc, idx: MentionIndex, k: number, from: number, to: number): ReportedSpan | null {
  const { tokens } = doc;
  const attribution = speakerAfterAccording(doc, idx, k, to);
  if (!attribution) return null;
  if (k === from || (k === from + 1 && tokens[from]!.kind === 'punct')) {
    // "According to X, CLAUSE."
    let c = attribution.speakerTo;
    while (c < to && tokens[c]!.text !== ',') c++;
    return span('indirect', c + 1, clauseEnd(tokens, c + 1, to), attribution, 'quote/indirect:according-to');
  }
  let end = k;
  while (end > from && tokens[end - 1]!.kind === 'punct' && !isCloseQuote(tokens[end - 1]!)) end--;
  return span('indirect', clauseStart(tokens, from, end), end, attribution, 'quote/indirect:according-to');
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
  if (!next || next.lower === 'to' || next.text === ':' || /^(by|in|on|at)$/.test(next.lower)) return null;
  if (prev && /^(is|are|was|were|be|been)$/.test(prev.lower)) return null;
  // a direct quote right before or after belongs to the direct quote, not to reported speech
  if (prev && inQuote[k - 2] && !/^(that)$/.test(next.lower)) return null;
  if (next.text === ',' && inQuote[k + 3]) return null;
  const attribution = speakerOfVerb(doc, idx, k, from, to);
  if (!attribution) return null;
  // parenthetical: "…, Smith writes, but …" or "…, Smith says."
  const subject = idx.endingAt(k);
  if (subject && tokens[subject.from - 1]?.text === ',' && subject.from - 1 > from) {
    const before = subject.from - 1;
    const afterCue = skipRelay(tokens, k + 1, to);
    const last = tokens[afterCue];
    if (!last || last.text === '.' || afterCue >= to) {
      return span(
        'indirect',
        from,
        trimEnd(tokens, from, before),
        attribution,
        'quote/indirect:parenthetical',
      );
    }
    if (last.text === ',')
      return span('indirect', from, trimEnd(tokens, from, to), attribution, 'quote/indirect:parenthetical');
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
    while (c < to && n < 5 && OBJECT_WORDS.has(tokens[c]!.lower)) {
      c++;
      n++;
    }
    if (n === 0 && !/^(that)$/.test(tokens[c]?.lower ?? '')) c = k + 1 + Math.min(1, to - k - 1);
  }
  if (tokens[c]?.lower === 'that') c++;
  if (c >= to || (inQuote[c + 1] && tokens[c]?.text !== ',' && c + 1 === to)) return null;
  if (tokens[c]!.text === ',' || tokens[c]!.text === ':') return null;
  const end = clauseEnd(tokens, c, to);
  if (end - c < 3) return null;
  return span('indirect', c, end, attribution, `quote/indirect:${v.lower}`);
}

function span(
  kind: 'block' | 'indirect',
  from: number,
  to: number,
  attribution: Attribution,
  rule: string,
): ReportedSpan | null {
  if (to - from < 3) return null;
  return { kind, from, to, attribution, rule };
}

/** Where the reported clause stops: a semicolon or dash, or a comma before "but"/a trailing adjunct. */
function clauseEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  for (; k < to; k++) {
    const t = tokens[k]!;
    if (CLAUSE_END.has(t.text)) break;
    if (t.text === ',' && TRAILING_ADJUNCT.test(tokens[k + 1]?.lower ?? '')) break;
    if (t.text === ',' && isSpeechVerb(tokens[k + 3]) && tokens[k + 1]?.cap) break;
    if (
      (t.lower === 'while' || t.lower === 'whereas') &&
      hasSpeechVerbWithin(tokens, k + 1, Math.min(to, k + 9))
    )
      break;
  }
  return trimEnd(tokens, from, k);
}

function hasSpeechVerbWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isSpeechVerb(tokens[k])) return true;
  return false;
}

function clauseStart(tokens: readonly Token[], from: number, end: number): number {
  for (let k = end - 1; k > from; k--) if (CLAUSE_END.has(tokens[k]!.text)) return k + 1;
  return from;
}

function trimEnd(tokens: readonly Token[], from: number, to: number): number {
  let e = to;
  while (e > from && tokens[e - 1]!.kind === 'punct' && !isCloseQuote(tokens[e - 1]!)) e--;
  return e;
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
