import type { Token } from '../text/tokenize.js';
import type { QuoteRuleId } from './quote-rules.js';
import type { Attribution } from './speaker/attribution.js';

/** A passage of reported words: block (set off after a lead-in) or indirect (reported speech). */
export interface ReportedSpan {
  kind: 'block' | 'indirect';
  from: number;
  to: number;
  attribution: Attribution;
  rule: QuoteRuleId;
}

/** A reported span of at least three tokens, else null. */
export function span(
  kind: 'block' | 'indirect',
  from: number,
  to: number,
  attribution: Attribution,
  rule: QuoteRuleId,
): ReportedSpan | null {
  if (to - from < 3) return null;
  return { kind, from, to, attribution, rule };
}

export function isCloseQuote(t: Token): boolean {
  return t.text === '”' || t.text === '"' || t.text === '’';
}

export function isQuoteMarkText(s: string): boolean {
  return /^["“”‘’']$/.test(s);
}
