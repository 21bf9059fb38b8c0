import type { MentionIndex } from '../entity/mention-index.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import {
  type Attribution,
  isAccordingTo,
  isQuoteMark,
  isSpeechVerb,
  speakerAfterAccording,
  speakerOfVerb,
} from './find-speaker.js';
import { quoteWords } from './load-quote-words.js';
import type { QuoteRuleId } from './quote-rules.js';

/** Quoted words between two marks: token range of the words inside the marks. */
export interface QuotedSpan {
  open: number;
  close: number;
  /** Inside the marks: [from, to). */
  from: number;
  to: number;
  attribution: Attribution | null;
  rule: QuoteRuleId;
}

const MAX_SINGLE = 40;
const WINDOW = 14;

/** Pairs quotation marks paragraph by paragraph in one pass (unbalanced marks are dropped). */
export function pairQuotes(doc: Doc): { open: number; close: number }[] {
  const { tokens } = doc;
  const pairs: { open: number; close: number }[] = [];
  let dbl = -1;
  let sgl = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (prev && prev.para !== t.para) {
      // a quote running to the end of a paragraph continues when the next one opens with a mark
      if (dbl >= 0 && (t.text === '“' || t.text === '"')) pairs.push({ open: dbl, close: k });
      // the same with single marks (British style): 'Paragraph one.↵↵'Paragraph two.'
      if (sgl >= 0 && dbl < 0 && isParagraphEndQuote(tokens, sgl, k) && (t.text === '‘' || t.text === "'"))
        pairs.push({ open: sgl, close: k });
      dbl = -1;
      sgl = -1;
    }
    if (t.kind !== 'punct') continue;
    const next = tokens[k + 1];
    const glueLeft = prev !== undefined && prev.end === t.start && prev.para === t.para;
    const glueRight = next !== undefined && next.start === t.end && next.para === t.para;
    if (t.text === '“' || t.text === '„' || t.text === '«') {
      dbl = k;
    } else if (t.text === '”' || t.text === '»') {
      if (dbl >= 0) pairs.push({ open: dbl, close: k });
      dbl = -1;
    } else if (t.text === '"') {
      if (dbl >= 0 && glueLeft) {
        pairs.push({ open: dbl, close: k });
        dbl = -1;
      } else if (glueRight || !glueLeft) {
        dbl = k;
      }
    } else if (t.text === '‘' || ((t.text === "'" || t.text === '’') && !glueLeft && glueRight)) {
      sgl = k;
    } else if ((t.text === '’' || t.text === "'") && glueLeft && !glueRight && sgl >= 0) {
      if (k - sgl <= MAX_SINGLE) pairs.push({ open: sgl, close: k });
      sgl = -1;
    }
  }
  pairs.sort((a, b) => a.open - b.open);
  return pairs;
}

/** Direct quotes with their speakers; scare quotes and names in quotation marks are left out. */
export function findDirectQuotes(doc: Doc, idx: MentionIndex): QuotedSpan[] {
  const { tokens } = doc;
  const spans: QuotedSpan[] = [];
  for (const p of pairQuotes(doc)) {
    const from = p.open + 1;
    let to = p.close;
    if (tokens[to]?.para !== tokens[p.open]?.para) to = lastOfPara(tokens, p.open) + 1;
    if (to <= from || !hasWord(tokens, from, to)) continue;
    if (isNaming(tokens, p.open)) continue;
    spans.push({ open: p.open, close: p.close, from, to, attribution: null, rule: 'quote/direct' });
  }
  spans.forEach((q, i) => {
    q.attribution = attribute(doc, idx, q, spans[i - 1], spans[i + 1]);
  });
  const attributed = new Map<string, QuotedSpan>();
  for (const q of spans) {
    if (!q.attribution) continue;
    const words = wordsOf(doc, q);
    if (!attributed.has(words)) attributed.set(words, q);
  }
  // quotes with no cue: continuation of the previous speaker, or the same words quoted in the body
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i]!;
    if (q.attribution) continue;
    const same = attributed.get(wordsOf(doc, q));
    if (same?.attribution) {
      q.attribution = { ...same.attribution };
      q.rule = 'quote/direct:repeated';
      continue;
    }
    const prev = spans[i - 1];
    if (
      prev?.attribution &&
      tokens[q.open]!.para - tokens[prev.open]!.para <= 1 &&
      startsSentence(doc, q.open)
    ) {
      q.attribution = { ...prev.attribution };
      q.rule = 'quote/direct:continued';
      continue;
    }
    const previous = startsSentence(doc, q.open) ? speakerOfPreviousSentence(doc, idx, q.open) : null;
    if (previous) {
      q.attribution = previous;
      q.rule = 'quote/direct:previous-sentence';
    }
  }
  for (const q of spans) if (!q.attribution && isHeadlineQuote(doc, q)) q.rule = 'quote/direct:headline';
  return spans.filter(
    (q) => q.attribution !== null || isFullSentence(tokens, q) || q.rule === 'quote/direct:headline',
  );
}

/**
 * 'Menon spoke to reporters after the meeting.↵"We have made progress …"': a quote standing alone as a
 * sentence, with no cue, is the words of the person who is the subject of the sentence just before it
 * (in the same or the previous paragraph).
 */
function speakerOfPreviousSentence(doc: Doc, idx: MentionIndex, open: number): Attribution | null {
  const i = doc.sentenceOf[open]!;
  const s = doc.sentences[i - 1];
  if (!s || s.headline || doc.tokens[open]!.para - s.para > 1) return null;
  const subject = idx.inRange(s.from, Math.min(s.to, s.from + 8))[0];
  if (!subject || subject.cluster.type !== 'person' || /^['’]s$/i.test(doc.tokens[subject.to]?.text ?? ''))
    return null;
  for (let k = s.from; k < subject.from; k++) if (doc.tokens[k]!.kind === 'punct') return null;
  return {
    speaker: subject.cluster,
    description: null,
    cueFrom: subject.from,
    cueTo: subject.to,
    reportedBy: [],
    speakerFrom: subject.from,
    speakerTo: subject.to,
  };
}

function attribute(
  doc: Doc,
  idx: MentionIndex,
  q: QuotedSpan,
  previous: QuotedSpan | undefined,
  following: QuotedSpan | undefined,
): Attribution | null {
  const { tokens } = doc;
  const s = doc.sentences[doc.sentenceOf[q.open]!]!;
  const sentEnd = Math.max(s.to, doc.sentences[doc.sentenceOf[Math.max(q.close, q.to - 1)]!]!.to);
  const nextOpen = following?.open ?? tokens.length;
  const afterEnd = Math.min(sentEnd, nextOpen, q.close + 1 + WINDOW);
  // after the quote: '"…," said X' / '"…," X said' / '…" according to X'
  for (let k = q.close + 1; k < afterEnd; k++) {
    // another clause ("… by the move while X said …") has its own speaker
    if (k > q.close + 2 && quoteWords.clauseOpeners.has(tokens[k]!.lower)) break;
    if (isAccordingTo(doc, k)) return speakerAfterAccording(doc, idx, k, sentEnd);
    if (isSpeechVerb(tokens[k]) && !isPassive(tokens, k) && !isParticiple(tokens, k)) {
      const a = speakerOfVerb(doc, idx, k, q.close + 1, sentEnd);
      if (a) return a;
    }
  }
  // before the quote in the same sentence: 'X said, "…"' / 'X told reporters she was "…"'
  const prevClose = previous?.close ?? -1;
  const beforeStart = Math.max(s.from, prevClose + 1);
  for (let k = q.open - 1; k >= beforeStart; k--) {
    if (isAccordingTo(doc, k)) return speakerAfterAccording(doc, idx, k, q.open);
    const t = tokens[k]!;
    if ((isSpeechVerb(t) || isDescribeCue(tokens, k)) && !isPassive(tokens, k) && !isParticiple(tokens, k)) {
      const a = speakerOfVerb(doc, idx, k, beforeStart, q.open);
      if (a) return a;
    }
  }
  return null;
}

/** "described as", "blamed", "called for": cues that frame a short quote as somebody's words. */
function isDescribeCue(tokens: readonly Token[], k: number): boolean {
  return quoteWords.framingCues.has(tokens[k]!.lower);
}

/** A single mark opened a paragraph-long quotation: it starts the paragraph or follows a colon or comma. */
function isParagraphEndQuote(tokens: readonly Token[], open: number, next: number): boolean {
  const before = tokens[open - 1];
  const last = tokens[next - 1];
  if (!last || !/^[.!?]$/.test(last.text)) return false;
  return !before || before.para !== tokens[open]!.para || before.text === ':' || before.text === ',';
}

function isPassive(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  return /^(is|are|was|were|be|been|being)$/.test(prev) && next === 'to';
}

/** 'the "reforms" promised by the government': the verb describes the quoted thing, nobody says it. */
function isParticiple(tokens: readonly Token[], k: number): boolean {
  return quoteWords.participleAfter.has(tokens[k + 1]?.lower ?? '');
}

function isNaming(tokens: readonly Token[], open: number): boolean {
  for (let k = open - 1; k >= Math.max(0, open - 3); k--) {
    const t = tokens[k]!;
    if (quoteWords.naming.has(t.lower)) return !isNamingException(tokens, k);
    if (t.kind === 'punct' && t.text !== ',') return false;
  }
  return false;
}

/** "called for", "such as", "described … as": the naming word asks for or frames words, it does not name. */
function isNamingException(tokens: readonly Token[], k: number): boolean {
  if (quoteWords.namingExceptAfter.has(tokens[k + 1]?.lower ?? '')) return true;
  if (quoteWords.namingExceptBefore.has(tokens[k - 1]?.lower ?? '')) return true;
  return tokens[k]!.lower === 'as' && followsDescribe(tokens, k);
}

function hasWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind !== 'punct') return true;
  return false;
}

/**
 * Headlines put quoted words in quotation marks ("'Large-scale attack' against Bhutto …"): a quote of two
 * words or more in the headline counts, unless every word is capitalized (a title of a work or a name).
 */
function isHeadlineQuote(doc: Doc, q: QuotedSpan): boolean {
  if (!doc.sentences[doc.sentenceOf[q.open]!]!.headline) return false;
  let words = 0;
  let lower = 0;
  for (let k = q.from; k < q.to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (!t.cap) lower++;
  }
  return words >= 2 && lower > 0;
}

function isFullSentence(tokens: readonly Token[], q: QuotedSpan): boolean {
  let words = 0;
  for (let k = q.from; k < q.to; k++) if (tokens[k]!.kind === 'word') words++;
  return words >= 5 && tokens[q.from]!.cap;
}

function followsDescribe(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) if (isDescribeCue(tokens, j)) return true;
  return false;
}

function wordsOf(doc: Doc, q: QuotedSpan): string {
  const words: string[] = [];
  for (let k = q.from; k < q.to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'punct') words.push(t.lower);
  }
  return words.join(' ');
}

function startsSentence(doc: Doc, open: number): boolean {
  const s = doc.sentences[doc.sentenceOf[open]!]!;
  return s.from === open || doc.tokens[open]!.lineStart;
}

function lastOfPara(tokens: readonly Token[], k: number): number {
  const para = tokens[k]!.para;
  let j = k;
  while (j + 1 < tokens.length && tokens[j + 1]!.para === para) j++;
  return j;
}

export { isQuoteMark };
