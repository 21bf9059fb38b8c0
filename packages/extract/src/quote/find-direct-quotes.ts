import type { MentionIndex } from '../entity/mention-index.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { attributeDirectQuote, isDescribeCue } from './attribute-direct-quote.js';
import type { Attribution } from './find-speaker.js';
import { isHeadlineQuote } from './is-headline-quote.js';
import { quoteWords } from './load-quote-words.js';
import { pairQuotes } from './pair-quotes.js';
import type { QuoteRuleId } from './quote-rules.js';
import { speakerOfPreviousSentence } from './speaker-of-previous-sentence.js';

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
    q.attribution = attributeDirectQuote(doc, idx, q, spans[i - 1], spans[i + 1]);
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
